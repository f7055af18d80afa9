import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useCreateSegment } from '../api/create-segment';
import type { MemberFilter, Segment } from '../api/list-segments';
import { describeFilter } from '../utils/describe';

/** Saves the member list's current filter as a segment, then says how many members it holds now. */
export function SaveSegmentButton({
  workspaceId,
  filter,
  groupNames,
  onSaved,
}: {
  workspaceId: string;
  filter: MemberFilter;
  groupNames: ReadonlyMap<string, string>;
  onSaved?: (segment: Segment) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string }>();
  const create = useCreateSegment(workspaceId);
  const parts = describeFilter(filter, t, groupNames);

  const submit = async ({ name }: { name: string }) => {
    try {
      const segment = await create.mutateAsync({ name: name.trim(), filter });
      const members = new Intl.NumberFormat(i18n.language).format(segment.memberCount);
      void message.success(t('segments.saved', { name: segment.name, members }));
      setOpen(false);
      form.resetFields();
      onSaved?.(segment);
    } catch (e) {
      if (e instanceof ApiError) form.setFields(fieldErrors(e.problem) as never);
    }
  };

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('segments.save')}</Button>
      <Modal
        open={open}
        title={t('segments.saveTitle')}
        okText={t('segments.saveSubmit')}
        cancelText={t('segments.cancel')}
        confirmLoading={create.isPending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph data-testid="segment-filter">
          {parts.length ? parts.join(' · ') : t('segments.everybody')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="name"
            label={t('segments.name')}
            rules={[
              { required: true, whitespace: true, message: t('segments.nameRequired') },
              { max: 100, message: t('segments.nameTooLong') },
            ]}
          >
            <Input placeholder={t('segments.namePlaceholder')} />
          </Form.Item>
        </Form>
        {create.error && !(create.error instanceof ApiError && create.error.problem?.errors?.length) && (
          <ProblemAlert error={create.error} title={t('segments.saveError')} />
        )}
      </Modal>
    </>
  );
}
