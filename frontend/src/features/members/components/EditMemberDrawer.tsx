import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import { memberQueryOptions, type VersionedMember } from '../api/get-member';
import { useTagCatalog } from '../api/get-tag-catalog';
import { useUpdateMember, type MemberUpdate } from '../api/update-member';
import { SOURCE_CHANNELS } from '../utils/filter';

interface Values {
  displayName: string;
  tags: string[];
  tier: string;
  points: number;
  sourceChannel?: MemberUpdate['sourceChannel'];
  phone: string;
  notes: string;
}

function valuesOf({ member }: VersionedMember): Values {
  return {
    displayName: member.displayName ?? '',
    tags: member.tags,
    tier: member.tier ?? '',
    points: member.points,
    sourceChannel: member.sourceChannel ?? undefined,
    phone: member.phone ?? '',
    notes: member.notes ?? '',
  };
}

/** Only what the form changed (PATCH sends only those; an empty string clears a text). */
function changesOf(before: Values, after: Values): MemberUpdate {
  const changes: MemberUpdate = {};
  if (after.displayName !== before.displayName) changes.displayName = after.displayName;
  if (JSON.stringify(after.tags) !== JSON.stringify(before.tags)) changes.tags = after.tags;
  if (after.tier !== before.tier) changes.tier = after.tier;
  if (after.points !== before.points) changes.points = after.points;
  if (after.sourceChannel && after.sourceChannel !== before.sourceChannel) changes.sourceChannel = after.sourceChannel;
  if (after.phone !== before.phone) changes.phone = after.phone;
  if (after.notes !== before.notes) changes.notes = after.notes;
  return changes;
}

/**
 * Edits a member with If-Match on the version shown; when someone else changed the member
 * meanwhile (412), offers to reload their version or to overwrite it with these changes.
 */
export function EditMemberDrawer({
  workspaceId,
  current,
  onClose,
}: {
  workspaceId: string;
  current: VersionedMember;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [base, setBase] = useState(current);
  const [stale, setStale] = useState<MemberUpdate | null>(null);
  const update = useUpdateMember(workspaceId, current.member.id);
  const catalog = useTagCatalog(workspaceId);
  const maskedPhone = !!current.member.phone?.includes('*');

  const save = async (changes: MemberUpdate, etag: string | null) => {
    if (Object.keys(changes).length === 0) {
      void message.info(t('members.edit.noChanges'));
      return;
    }
    try {
      await update.mutateAsync({ etag: etag ?? '*', changes });
      void message.success(t('members.edit.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) setStale(changes);
      else if (e instanceof ApiError) form.setFields(fieldErrors(e.problem) as never);
    }
  };
  const fresh = () => queryClient.fetchQuery({ ...memberQueryOptions(workspaceId, current.member.id), staleTime: 0 });
  const reload = async () => {
    const latest = await fresh();
    setBase(latest);
    form.setFieldsValue(valuesOf(latest));
    setStale(null);
    update.reset();
  };
  const overwrite = async () => {
    const latest = await fresh();
    const changes = stale ?? {};
    setBase(latest);
    setStale(null);
    await save(changes, latest.etag);
  };

  return (
    <Drawer
      open
      title={t('members.edit.title')}
      onClose={onClose}
      destroyOnHidden
      size="large"
      extra={
        <Space>
          <Button onClick={onClose}>{t('members.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            {t('members.edit.save')}
          </Button>
        </Space>
      }
    >
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t('members.edit.stale')}
          action={
            <Flex vertical gap={4}>
              <Button size="small" onClick={() => void reload()}>
                {t('members.edit.reload')}
              </Button>
              <Button size="small" danger onClick={() => void overwrite()}>
                {t('members.edit.overwrite')}
              </Button>
            </Flex>
          }
        />
      )}
      {update.error && !stale && <ProblemAlert error={update.error} title={t('members.edit.error')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={valuesOf(current)}
        onFinish={(values) => void save(changesOf(valuesOf(base), values), base.etag)}
      >
        <Form.Item name="displayName" label={t('members.fields.displayName')} rules={[{ max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="tags" label={t('members.fields.tags')}>
          <Select mode="tags" maxCount={20} options={(catalog.data?.tags ?? []).map((tag) => ({ value: tag.name }))} />
        </Form.Item>
        <Form.Item name="tier" label={t('members.fields.tier')} rules={[{ max: 32 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="points" label={t('members.fields.points')}>
          <InputNumber min={0} max={1_000_000_000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="sourceChannel" label={t('members.fields.sourceChannel')}>
          <Select options={SOURCE_CHANNELS.map((c) => ({ value: c, label: t(`members.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('members.fields.phone')}
          rules={[{ pattern: /^$|^\+?[0-9][0-9 -]{4,30}$/, message: t('members.edit.phoneInvalid') }]}
        >
          <Input disabled={maskedPhone} inputMode="tel" />
        </Form.Item>
        <Form.Item name="notes" label={t('members.fields.notes')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
