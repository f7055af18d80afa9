import { App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { RoleTag } from '@/components/RoleTag';
import { formatDateTime } from '@/lib/format';
import { ApiError, fieldErrors } from '@/lib/problem';
import { useGrantClientAccess } from '../api/grant-client-access';
import { ACCESS_PAGE_SIZE, displayName, useAccessList, type AccessEntry } from '../api/list-access';
import { useRemoveAccess } from '../api/remove-access';

interface Props {
  workspaceId: string;
  timeZone: string;
  /** Owners and admins grant and revoke. */
  canManage: boolean;
}

/** Partner tools allowed into the workspace by their OIDC client id, with the integration role. */
export function PartnerClientsSettings({ workspaceId, timeZone, canManage }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ clientId: string; displayName?: string }>();
  const clients = useAccessList(workspaceId, { type: 'client', limit: ACCESS_PAGE_SIZE });
  const grant = useGrantClientAccess(workspaceId);
  const revoke = useRemoveAccess(workspaceId);
  const problem = grant.error instanceof ApiError ? grant.error.problem : undefined;
  const onlyFieldErrors = Boolean(problem?.errors?.length) && problem!.errors!.every((e) => e.pointer);
  const lng = i18n.language;

  return (
    <Flex vertical gap={16} data-testid="clients-settings">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('access.clients.intro')}
      </Typography.Paragraph>
      {!canManage && <Typography.Text type="secondary">{t('access.clients.readOnly')}</Typography.Text>}
      {canManage && (
        <Card size="small" title={t('access.clients.grant')}>
          {grant.error && !onlyFieldErrors && (
            <div style={{ marginBottom: 16 }}>
              <ProblemAlert error={grant.error} title={t('access.clients.grantError')} />
            </div>
          )}
          <Form
            form={form}
            layout="vertical"
            requiredMark={false}
            style={{ maxWidth: 480 }}
            data-testid="grant-client-form"
            onFinish={(values) =>
              grant.mutate(
                {
                  clientId: values.clientId.trim(),
                  role: 'integration',
                  ...(values.displayName?.trim() ? { displayName: values.displayName.trim() } : {}),
                },
                {
                  onSuccess: (entry) => {
                    void message.success(t('access.clients.granted', { clientId: entry.clientId }));
                    form.resetFields();
                  },
                  onError: (e) => {
                    if (e instanceof ApiError) form.setFields(fieldErrors(e.problem) as Parameters<typeof form.setFields>[0]);
                  },
                },
              )
            }
          >
            <Form.Item
              name="clientId"
              label={t('access.clients.clientId')}
              extra={t('access.clients.clientIdHelp')}
              rules={[{ required: true, whitespace: true, message: t('access.clients.clientIdRequired') }]}
            >
              <Input maxLength={255} autoComplete="off" />
            </Form.Item>
            <Form.Item name="displayName" label={t('access.clients.displayName')}>
              <Input maxLength={100} placeholder={t('access.clients.displayNamePlaceholder')} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={grant.isPending}>
              {t('access.clients.grant')}
            </Button>
          </Form>
        </Card>
      )}
      <Card size="small" title={t('access.clients.title')}>
        {revoke.error && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert
              error={revoke.error instanceof ApiError && revoke.error.status === 412 ? new Error(t('access.staleReloaded')) : revoke.error}
              title={t('access.clients.revokeError')}
            />
          </div>
        )}
        {clients.error ? (
          <ProblemAlert error={clients.error} title={t('access.clients.loadError')} onRetry={() => void clients.refetch()} />
        ) : (
          <ResponsiveTable<AccessEntry>
            size="small"
            rowKey="id"
            loading={clients.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={clients.items}
            locale={{ emptyText: t('access.clients.empty') }}
            columns={[
              { key: 'clientId', title: t('access.clients.clientId'), render: (_, e) => <Typography.Text code>{e.clientId}</Typography.Text> },
              { key: 'displayName', title: t('access.clients.displayName'), render: (_, e) => e.displayName ?? '' },
              { key: 'role', title: t('access.clients.role'), render: (_, e) => <RoleTag role={e.role} /> },
              {
                key: 'createdAt',
                title: t('access.clients.grantedAt', { timeZone }),
                render: (_, e) => formatDateTime(e.createdAt, lng, timeZone),
              },
              {
                key: 'lastSeen',
                title: t('access.clients.lastSeen', { timeZone }),
                render: (_, e) => (e.lastSeenAt ? formatDateTime(e.lastSeenAt, lng, timeZone) : t('access.people.never')),
              },
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, e: AccessEntry) => (
                        <Popconfirm
                          title={t('access.clients.revokeConfirm', { name: displayName(e) })}
                          onConfirm={() =>
                            revoke
                              .mutateAsync({ entry: e })
                              .then(() => void message.success(t('access.clients.revoked', { name: displayName(e) })))
                              .catch(() => undefined)
                          }
                        >
                          <Button size="small" danger aria-label={`${t('access.clients.revoke')} ${e.clientId}`}>
                            {t('access.clients.revoke')}
                          </Button>
                        </Popconfirm>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {clients.hasNextPage && (
          <Button style={{ marginTop: 12 }} onClick={() => void clients.fetchNextPage()}>
            {t('access.people.loadMore')}
          </Button>
        )}
      </Card>
    </Flex>
  );
}
