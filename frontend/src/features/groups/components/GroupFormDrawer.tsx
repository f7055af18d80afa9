import { Alert, App, Button, Drawer, Flex, Form, Input, InputNumber, Select, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useCreateGroup, type GroupCreate } from '../api/create-group';
import { useGroup } from '../api/get-group';
import type { Group } from '../api/list-groups';
import { useSeriesList } from '../api/list-series';
import { useUpdateGroup, type GroupUpdate } from '../api/update-group';
import { ENTRY_THRESHOLDS, PLATFORMS, PURPOSES, STATUSES } from '../utils/options';

interface Props {
  workspaceId: string;
  open: boolean;
  /** The group to edit; a new group when absent. */
  groupId?: string;
  onClose: () => void;
  onSaved?: (group: Group) => void;
}

interface Values {
  name: string;
  platform: Group['platform'];
  platformGroupId?: string;
  purpose: Group['purpose'];
  entryThreshold: Group['entryThreshold'];
  status: Group['status'];
  tags: string[];
  hardLimit?: number | null;
  targetSize?: number | null;
  seriesId?: string;
  rules?: string;
  welcomeMessage?: string;
}

function valuesOf(g: Group): Values {
  return {
    name: g.name,
    platform: g.platform,
    platformGroupId: g.platformGroupId ?? '',
    purpose: g.purpose,
    entryThreshold: g.entryThreshold,
    status: g.status,
    tags: g.tags,
    hardLimit: g.hardLimit,
    targetSize: g.targetSize,
    rules: g.rules ?? '',
    welcomeMessage: g.welcomeMessage ?? '',
  };
}

/** The fields that differ from the group as read (PATCH sends only those). */
export function changesOf(g: Group, v: Values): GroupUpdate {
  const before = valuesOf(g);
  const changes: GroupUpdate = {};
  if (v.name.trim() !== before.name) changes.name = v.name.trim();
  if ((v.platformGroupId ?? '') !== before.platformGroupId && v.platformGroupId) changes.platformGroupId = v.platformGroupId;
  if (v.purpose !== before.purpose) changes.purpose = v.purpose;
  if (v.entryThreshold !== before.entryThreshold) changes.entryThreshold = v.entryThreshold;
  if (v.status !== before.status) changes.status = v.status;
  if (JSON.stringify(v.tags) !== JSON.stringify(before.tags)) changes.tags = v.tags;
  if (v.hardLimit != null && v.hardLimit !== before.hardLimit) changes.hardLimit = v.hardLimit;
  if (v.targetSize != null && v.targetSize !== before.targetSize) changes.targetSize = v.targetSize;
  if ((v.rules ?? '') !== before.rules) changes.rules = v.rules ?? '';
  if ((v.welcomeMessage ?? '') !== before.welcomeMessage) changes.welcomeMessage = v.welcomeMessage ?? '';
  return changes;
}

function createBody(v: Values): GroupCreate {
  // The generated type marks the fields with a default as required; the API fills them in
  // (capacity from the series when there is one), so only what was entered is sent.
  const body: Partial<GroupCreate> = {
    name: v.name.trim(),
    platform: v.platform,
    purpose: v.purpose,
    entryThreshold: v.entryThreshold,
    status: v.status,
    tags: v.tags,
    ...(v.platformGroupId ? { platformGroupId: v.platformGroupId } : {}),
    ...(v.hardLimit != null ? { hardLimit: v.hardLimit } : {}),
    ...(v.targetSize != null ? { targetSize: v.targetSize } : {}),
    ...(v.seriesId ? { seriesId: v.seriesId } : {}),
    ...(v.rules ? { rules: v.rules } : {}),
    ...(v.welcomeMessage ? { welcomeMessage: v.welcomeMessage } : {}),
  };
  return body as GroupCreate;
}

const NEW_GROUP: Values = { name: '', platform: 'wechat', purpose: 'deals', entryThreshold: 'none', status: 'active', tags: [] };

/**
 * Create a group (POST, fresh Idempotency-Key) or edit one (PATCH of the changed fields with
 * If-Match). When someone changed the group meanwhile (412) it offers to reload their version
 * or to overwrite it with these changes.
 */
export function GroupFormDrawer({ workspaceId, open, groupId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const editing = Boolean(groupId);
  const current = useGroup(workspaceId, open ? groupId : undefined);
  const series = useSeriesList(workspaceId);
  const create = useCreateGroup(workspaceId);
  const update = useUpdateGroup(workspaceId);
  const [stale, setStale] = useState<GroupUpdate | null>(null);
  const group = current.data?.group;

  useEffect(() => {
    if (!open || (editing && !group)) return;
    form.resetFields();
    if (group) form.setFieldsValue(valuesOf(group));
    // only when the drawer opens or another group is loaded: not on every refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, group?.id, editing, form]);

  const showFieldErrors = (e: unknown) => {
    if (e instanceof ApiError) {
      const fields = fieldErrors(e.problem);
      if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
    }
  };

  const saved = (g: Group, text: string) => {
    void message.success(text);
    setStale(null);
    onSaved?.(g);
    onClose();
  };

  const patch = (changes: GroupUpdate, etag: string | null | undefined) => {
    if (!groupId) return;
    update.mutate(
      { groupId, etag: etag ?? '*', changes },
      {
        onSuccess: (r) => saved(r.group, t('groups.form.saved')),
        onError: (e) => {
          if (e instanceof ApiError && e.status === 412) setStale(changes);
          else showFieldErrors(e);
        },
      },
    );
  };

  const submit = (values: Values) => {
    if (!editing) {
      create.mutate(createBody(values), {
        onSuccess: (r) => saved(r.group, t('groups.form.created', { name: r.group.name })),
        onError: showFieldErrors,
      });
      return;
    }
    if (!group) return;
    const changes = changesOf(group, values);
    if (Object.keys(changes).length === 0) {
      void message.info(t('groups.form.noChanges'));
      return;
    }
    patch(changes, current.data?.etag);
  };

  const reload = async () => {
    setStale(null);
    update.reset();
    const fresh = await current.refetch();
    if (fresh.data) form.setFieldsValue(valuesOf(fresh.data.group));
  };

  const overwrite = async () => {
    if (!stale) return;
    const fresh = await current.refetch();
    update.reset();
    const changes = stale;
    setStale(null);
    patch(changes, fresh.data?.etag);
  };

  const error = editing ? update.error : create.error;
  const pending = create.isPending || update.isPending;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      title={editing ? t('groups.form.editTitle', { name: group?.name ?? '' }) : t('groups.form.createTitle')}
      data-testid="group-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('groups.form.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => form.submit()} disabled={Boolean(stale)}>
            {editing ? t('groups.form.save') : t('groups.form.create')}
          </Button>
        </Space>
      }
    >
      {editing && current.isPending ? (
        <Skeleton active />
      ) : editing && current.error ? (
        <ProblemAlert error={current.error} />
      ) : (
        <Flex vertical gap={12}>
          {stale && (
            <Alert
              type="warning"
              showIcon
              data-testid="stale-alert"
              title={t('groups.form.stale')}
              description={t('groups.form.staleDetail')}
              action={
                <Space orientation="vertical">
                  <Button size="small" onClick={() => void reload()}>
                    {t('groups.form.reload')}
                  </Button>
                  <Button size="small" danger onClick={() => void overwrite()}>
                    {t('groups.form.overwrite')}
                  </Button>
                </Space>
              }
            />
          )}
          {error && !stale && !(error instanceof ApiError && (error.problem?.errors?.length ?? 0) > 0) && (
            <ProblemAlert error={error} title={t('groups.form.saveError')} />
          )}
          <Form<Values> form={form} layout="vertical" initialValues={NEW_GROUP} onFinish={submit} requiredMark="optional">
            <Form.Item name="name" label={t('groups.form.name')} rules={[{ required: true, whitespace: true, message: t('groups.form.nameRequired') }, { max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
            <Flex gap={12} wrap>
              <Form.Item name="platform" label={t('groups.form.platform')} style={{ flex: '1 1 180px' }}>
                <Select disabled={editing} options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))} />
              </Form.Item>
              <Form.Item name="platformGroupId" label={t('groups.form.platformGroupId')} style={{ flex: '1 1 180px' }}>
                <Input maxLength={128} />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              <Form.Item name="purpose" label={t('groups.form.purpose')} style={{ flex: '1 1 140px' }}>
                <Select options={PURPOSES.map((p) => ({ value: p, label: t(`groups.enums.purpose.${p}`) }))} />
              </Form.Item>
              <Form.Item name="entryThreshold" label={t('groups.form.entryThreshold')} style={{ flex: '1 1 140px' }}>
                <Select options={ENTRY_THRESHOLDS.map((p) => ({ value: p, label: t(`groups.enums.entryThreshold.${p}`) }))} />
              </Form.Item>
              <Form.Item name="status" label={t('groups.form.status')} style={{ flex: '1 1 140px' }}>
                <Select options={STATUSES.map((p) => ({ value: p, label: t(`groups.enums.status.${p}`) }))} />
              </Form.Item>
            </Flex>
            <Form.Item name="tags" label={t('groups.form.tags')}>
              <Select mode="tags" tokenSeparators={[',', '，']} maxCount={20} open={false} suffixIcon={null} />
            </Form.Item>
            {!editing && (
              <Form.Item name="seriesId" label={t('groups.form.series')}>
                <Select
                  allowClear
                  placeholder={t('groups.form.noSeries')}
                  loading={series.isPending}
                  options={(series.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
                />
              </Form.Item>
            )}
            <Flex gap={12} wrap>
              <Form.Item name="hardLimit" label={t('groups.form.hardLimit')} style={{ flex: '1 1 140px' }}>
                <InputNumber min={1} max={10000} placeholder="350" style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item
                name="targetSize"
                label={t('groups.form.targetSize')}
                style={{ flex: '1 1 140px' }}
                dependencies={['hardLimit']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v: number | null | undefined) => {
                      const limit = getFieldValue('hardLimit') as number | null | undefined;
                      return v != null && limit != null && v > limit ? Promise.reject(new Error(t('groups.form.targetTooBig'))) : Promise.resolve();
                    },
                  }),
                ]}
              >
                <InputNumber min={1} max={10000} placeholder="200" style={{ width: '100%' }} />
              </Form.Item>
            </Flex>
            <Form.Item extra={t('groups.form.targetHelp')} style={{ marginTop: -16 }} />
            <Form.Item name="rules" label={t('groups.form.rules')}>
              <Input.TextArea rows={4} maxLength={5000} showCount />
            </Form.Item>
            <Form.Item name="welcomeMessage" label={t('groups.form.welcomeMessage')}>
              <Input.TextArea rows={3} maxLength={2000} showCount />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Drawer>
  );
}
