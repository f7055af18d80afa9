import { App, Form, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useBulkTagMembers } from '../api/bulk-tag-members';
import { useTagCatalog } from '../api/get-tag-catalog';
import { isEmptyFilter, toApiFilter, type MemberFilterValues } from '../utils/filter';

export type BulkTagScope = { kind: 'ids'; memberIds: string[] } | { kind: 'filter'; filter: MemberFilterValues };

interface Values {
  add: string[];
  remove: string[];
}

/** Adds and removes tags on the chosen members, or on every member the filter matches (all or nothing). */
export function BulkTagDialog({
  workspaceId,
  scope,
  onClose,
}: {
  workspaceId: string;
  scope: BulkTagScope;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const catalog = useTagCatalog(workspaceId);
  const bulk = useBulkTagMembers(workspaceId);
  const options = (catalog.data?.tags ?? []).map((tag) => ({ value: tag.name, label: tag.name }));

  const submit = async ({ add = [], remove = [] }: Values) => {
    const target = scope.kind === 'ids' ? { memberIds: scope.memberIds } : { filter: toApiFilter(scope.filter) };
    try {
      const result = await bulk.mutateAsync({
        ...target,
        ...(add.length ? { add } : {}),
        ...(remove.length ? { remove } : {}),
      });
      void message.success(t('members.bulk.done', { count: result.matched }));
      onClose(true);
    } catch {
      // shown in the dialog
    }
  };

  return (
    <Modal
      open
      title={t('members.bulk.title')}
      okText={t('members.bulk.submit')}
      cancelText={t('members.cancel')}
      confirmLoading={bulk.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Typography.Paragraph data-testid="bulk-tag-scope">
        {scope.kind === 'ids'
          ? t('members.bulk.scopeSelected', { count: scope.memberIds.length })
          : isEmptyFilter(scope.filter)
            ? t('members.bulk.scopeEverybody')
            : t('members.bulk.scopeFilter')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ add: [], remove: [] }}
      >
        <Form.Item
          name="add"
          label={t('members.bulk.add')}
          dependencies={['remove']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, add: string[] = []) =>
                add.length || (getFieldValue('remove') ?? []).length
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('members.bulk.nothing'))),
            }),
          ]}
        >
          <Select mode="tags" options={options} maxCount={20} aria-label={t('members.bulk.add')} />
        </Form.Item>
        <Form.Item name="remove" label={t('members.bulk.remove')}>
          <Select mode="tags" options={options} maxCount={20} aria-label={t('members.bulk.remove')} />
        </Form.Item>
      </Form>
      {bulk.error && <ProblemAlert error={bulk.error} title={t('members.bulk.error')} />}
    </Modal>
  );
}
