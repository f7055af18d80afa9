import { Alert, App, Button, Form, Input, Select, Skeleton } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { StaleVersionAlert } from '@/components/StaleVersionAlert';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useWorkspace } from '../api/get-workspace';
import { useMyWorkspaces } from '../api/list-my-workspaces';
import { useUpdateWorkspace, type WorkspaceUpdate } from '../api/update-workspace';
import { CURRENCY_PATTERN, currencyOptions, timeZoneOptions } from './options';

type Values = Required<WorkspaceUpdate>;
const FIELDS = ['name', 'timeZone', 'currency'] as const;

/**
 * Name, time zone and currency of a workspace; owners and admins change them (PATCH with
 * If-Match), everyone else reads them.
 */
export function WorkspaceSettingsForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, error, isPending } = useWorkspace(workspaceId);
  const { items } = useMyWorkspaces();
  const update = useUpdateWorkspace(workspaceId);
  const role = items.find((i) => i.workspace.id === workspaceId)?.role;
  const canEdit = role === 'owner' || role === 'admin';
  const workspace = data?.workspace;
  const zones = useMemo(() => timeZoneOptions(workspace?.timeZone), [workspace?.timeZone]);
  // The API does not say beforehand whether the workspace has events; its 409 on a time zone
  // change does, and from then on the field stays locked with the server's reason.
  const [timeZoneLocked, setTimeZoneLocked] = useState<string | null>(null);
  const [staleChanges, setStaleChanges] = useState<WorkspaceUpdate | null>(null);

  useEffect(() => {
    if (workspace) form.setFieldsValue({ name: workspace.name, timeZone: workspace.timeZone, currency: workspace.currency });
  }, [workspace, form]);

  if (isPending) return <Skeleton active />;
  if (error || !data) {
    const notFound = error instanceof ApiError && error.status === 404;
    return <ProblemAlert error={notFound ? new Error(t('workspaces.notFound')) : error} />;
  }

  const onFinish = (values: Values) => {
    const changes: WorkspaceUpdate = {};
    for (const field of FIELDS) {
      const value = field === 'name' ? values.name.trim() : values[field];
      if (value !== data.workspace[field]) changes[field] = value;
    }
    if (Object.keys(changes).length === 0) {
      void message.info(t('workspaces.noChanges'));
      return;
    }
    if (data.etag) save(changes, data.etag);
  };

  const save = (changes: WorkspaceUpdate, etag: string) =>
    update.mutate(
      { etag, changes },
      {
        onSuccess: () => {
          setStaleChanges(null);
          void message.success(t('workspaces.saved'));
        },
        onError: (e) => {
          if (e instanceof ApiError && e.status === 412) {
            // the current version is read again (the form shows it); the changes are kept
            // for an overwrite
            setStaleChanges(changes);
            void message.warning(t('workspaces.staleVersion'));
          }
          if (e instanceof ApiError && e.status === 409 && changes.timeZone !== undefined) {
            setTimeZoneLocked(e.problem?.detail ?? e.message);
            form.setFieldValue('timeZone', data.workspace.timeZone);
          }
          if (e instanceof ApiError) {
            const fields = fieldErrors(e.problem).filter((f) => (FIELDS as readonly string[]).includes(f.name[0] ?? ''));
            if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0]);
          }
        },
      },
    );

  const problem = update.error instanceof ApiError ? update.error : undefined;
  const showAlert =
    update.error &&
    !(problem?.status === 412) &&
    !(problem?.status === 409 && timeZoneLocked) &&
    !(problem?.problem?.errors?.every((e) => e.pointer));

  return (
    <>
      {!canEdit && role && <Alert type="info" showIcon title={t('workspaces.readOnly')} style={{ marginBottom: 16 }} />}
      {staleChanges && problem?.status === 412 && (
        <div style={{ marginBottom: 16 }}>
          <StaleVersionAlert
            busy={update.isPending}
            onReload={() => {
              setStaleChanges(null);
              update.reset();
            }}
            onOverwrite={() => {
              if (data.etag) save(staleChanges, data.etag);
            }}
          />
        </div>
      )}
      {showAlert && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={update.error} title={t('workspaces.saveError')} />
        </div>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={!canEdit}
        requiredMark={false}
        style={{ maxWidth: 480 }}
        data-testid="workspace-settings"
      >
        <Form.Item
          name="name"
          label={t('workspaces.name')}
          rules={[
            { required: true, whitespace: true, message: t('workspaces.nameRequired') },
            { max: 100, message: t('workspaces.nameTooLong') },
          ]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('workspaces.timeZone')}
          extra={
            timeZoneLocked ? (
              <span data-testid="time-zone-locked">
                {t('workspaces.timeZoneLocked')} {timeZoneLocked}
              </span>
            ) : (
              t('workspaces.timeZoneHelp')
            )
          }
        >
          <Select showSearch options={zones} aria-label={t('workspaces.timeZone')} disabled={Boolean(timeZoneLocked)} />
        </Form.Item>
        <Form.Item
          name="currency"
          label={t('workspaces.currency')}
          rules={[{ pattern: CURRENCY_PATTERN, message: t('workspaces.currencyInvalid') }]}
        >
          <Select showSearch options={currencyOptions(workspace?.currency)} aria-label={t('workspaces.currency')} />
        </Form.Item>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('workspaces.save')}
          </Button>
        )}
      </Form>
    </>
  );
}
