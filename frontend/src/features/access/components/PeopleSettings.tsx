import { App, Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ResponsiveTable } from '@/components/ResponsiveTable';
import { RoleTag } from '@/components/RoleTag';
import { StaleVersionAlert } from '@/components/StaleVersionAlert';
import { formatDateTime } from '@/lib/format';
import { ApiError, fieldErrors } from '@/lib/problem';
import type { Role } from '@/lib/roles';
import { useChangeAccessRole, type RoleChange } from '../api/change-access-role';
import { useInviteUser } from '../api/invite-user';
import { ACCESS_PAGE_SIZE, displayName, useAccessList, type AccessEntry } from '../api/list-access';
import { usePendingInvitations, type Invitation } from '../api/list-invitations';
import { useRemoveAccess } from '../api/remove-access';
import { useRevokeInvitation } from '../api/revoke-invitation';
import { RoleSelect } from './RoleSelect';

interface Props {
  workspaceId: string;
  timeZone: string;
  /** Owners and admins invite, change roles and remove; everyone else reads the list. */
  canManage: boolean;
  /** Only owners grant, change or remove the owner role. */
  isOwner: boolean;
}

const is412 = (e: unknown) => e instanceof ApiError && e.status === 412;

/** The workspace's users with their roles, inviting by email, and the pending invitations. */
export function PeopleSettings({ workspaceId, timeZone, canManage, isOwner }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const lng = i18n.language;
  const people = useAccessList(workspaceId, { type: 'user', limit: ACCESS_PAGE_SIZE });
  const changeRole = useChangeAccessRole(workspaceId);
  const remove = useRemoveAccess(workspaceId);
  const [staleChange, setStaleChange] = useState<RoleChange | null>(null);

  const applyRole = (change: RoleChange) =>
    changeRole.mutate(change, {
      onSuccess: () => {
        setStaleChange(null);
        void message.success(
          t('access.people.roleChanged', { name: displayName(change.entry), role: t(`role.${change.role}`) }),
        );
      },
      onError: (e) => {
        if (is412(e)) setStaleChange(change);
      },
    });

  const editable = (entry: AccessEntry) => canManage && (isOwner || entry.role !== 'owner');

  return (
    <Flex vertical gap={16} data-testid="people-settings">
      {!canManage && <Typography.Text type="secondary">{t('access.people.readOnly')}</Typography.Text>}
      {canManage && <InviteForm workspaceId={workspaceId} isOwner={isOwner} />}
      <Card size="small" title={t('access.people.title')}>
        {staleChange && (
          <div style={{ marginBottom: 16 }}>
            <StaleVersionAlert
              busy={changeRole.isPending}
              onReload={() => {
                setStaleChange(null);
                changeRole.reset();
              }}
              onOverwrite={() => applyRole({ ...staleChange, overwrite: true })}
            />
          </div>
        )}
        {changeRole.error && !is412(changeRole.error) && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert error={changeRole.error} title={t('access.people.changeError')} />
          </div>
        )}
        {remove.error && (
          <div style={{ marginBottom: 16 }}>
            <ProblemAlert
              error={is412(remove.error) ? new Error(t('access.staleReloaded')) : remove.error}
              title={t('access.people.removeError')}
            />
          </div>
        )}
        {people.error ? (
          <ProblemAlert error={people.error} title={t('access.people.loadError')} onRetry={() => void people.refetch()} />
        ) : (
          <ResponsiveTable<AccessEntry>
            size="small"
            rowKey="id"
            loading={people.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={people.items}
            locale={{ emptyText: t('access.people.empty') }}
            columns={[
              {
                key: 'name',
                title: t('access.people.name'),
                render: (_, e) => (
                  <Flex vertical>
                    <Typography.Text>{e.displayName || e.email || e.subject}</Typography.Text>
                    {e.displayName && e.email && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {e.email}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'role',
                title: t('access.people.role'),
                render: (_, e) =>
                  editable(e) ? (
                    <RoleSelect
                      ariaLabel={t('access.people.changeRole', { name: displayName(e) })}
                      value={e.role}
                      allowOwner={isOwner}
                      loading={changeRole.isPending && changeRole.variables?.entry.id === e.id}
                      onChange={(role: Role) => applyRole({ entry: e, role })}
                    />
                  ) : (
                    <RoleTag role={e.role} />
                  ),
              },
              {
                key: 'joined',
                title: t('access.people.joined', { timeZone }),
                render: (_, e) => formatDateTime(e.createdAt, lng, timeZone),
              },
              {
                key: 'lastSeen',
                title: t('access.people.lastSeen', { timeZone }),
                render: (_, e) => (e.lastSeenAt ? formatDateTime(e.lastSeenAt, lng, timeZone) : t('access.people.never')),
              },
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: t('access.people.actions'),
                      render: (_: unknown, e: AccessEntry) =>
                        editable(e) && (
                          <Popconfirm
                            title={t('access.people.removeConfirm', { name: displayName(e) })}
                            onConfirm={() =>
                              remove
                                .mutateAsync({ entry: e })
                                .then(() => void message.success(t('access.people.removed', { name: displayName(e) })))
                                .catch(() => undefined)
                            }
                          >
                            <Button size="small" danger aria-label={`${t('access.people.remove')} ${displayName(e)}`}>
                              {t('access.people.remove')}
                            </Button>
                          </Popconfirm>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {people.hasNextPage && (
          <Button style={{ marginTop: 12 }} onClick={() => void people.fetchNextPage()} loading={people.isFetchingNextPage}>
            {t('access.people.loadMore')}
          </Button>
        )}
        {canManage && !isOwner && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('access.people.ownerOnly')}
          </Typography.Paragraph>
        )}
      </Card>
      {canManage && <PendingInvitationsTable workspaceId={workspaceId} timeZone={timeZone} />}
    </Flex>
  );
}

/** Invite by email with a role (fresh Idempotency-Key per submit; field errors on the fields). */
function InviteForm({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ email: string; role: Role }>();
  const invite = useInviteUser(workspaceId);
  const problem = invite.error instanceof ApiError ? invite.error.problem : undefined;
  const onlyFieldErrors = Boolean(problem?.errors?.length) && problem!.errors!.every((e) => e.pointer);

  return (
    <Card size="small" title={t('access.invite.title')}>
      <Typography.Paragraph type="secondary">{t('access.invite.help')}</Typography.Paragraph>
      {invite.error && !onlyFieldErrors && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={invite.error} title={t('access.invite.error')} />
        </div>
      )}
      <Form
        form={form}
        layout="inline"
        initialValues={{ role: 'operator' }}
        requiredMark={false}
        data-testid="invite-form"
        onFinish={(values) =>
          invite.mutate(
            { email: values.email.trim(), role: values.role },
            {
              onSuccess: (created) => {
                void message.success(t('access.invite.sent', { email: created.email }));
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
          name="email"
          label={t('access.invite.email')}
          rules={[{ required: true, type: 'email', message: t('access.invite.emailInvalid') }]}
          style={{ minWidth: 260, marginBottom: 8 }}
        >
          <Input type="email" autoComplete="off" maxLength={254} />
        </Form.Item>
        <Form.Item name="role" label={t('access.invite.role')} style={{ marginBottom: 8 }}>
          <RoleSelect ariaLabel={t('access.invite.role')} allowOwner={isOwner} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" loading={invite.isPending}>
            {t('access.invite.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

function PendingInvitationsTable({ workspaceId, timeZone }: { workspaceId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const invitations = usePendingInvitations(workspaceId);
  const revoke = useRevokeInvitation(workspaceId);
  return (
    <Card size="small" title={t('access.invitations.title')} data-testid="workspace-invitations">
      {revoke.error && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert
            error={is412(revoke.error) ? new Error(t('access.staleReloaded')) : revoke.error}
            title={t('access.invitations.revokeError')}
          />
        </div>
      )}
      {invitations.error ? (
        <ProblemAlert error={invitations.error} title={t('access.invitations.loadError')} onRetry={() => void invitations.refetch()} />
      ) : (
        <ResponsiveTable<Invitation>
          size="small"
          rowKey="id"
          loading={invitations.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={invitations.items}
          locale={{ emptyText: t('access.invitations.empty') }}
          columns={[
            { key: 'email', title: t('access.invitations.email'), dataIndex: 'email' },
            { key: 'role', title: t('access.invitations.role'), render: (_, i) => <RoleTag role={i.role} /> },
            {
              key: 'createdAt',
              title: t('access.invitations.invitedAt', { timeZone }),
              render: (_, i) => formatDateTime(i.createdAt, i18n.language, timeZone),
            },
            {
              key: 'actions',
              title: '',
              render: (_, i) => (
                <Popconfirm
                  title={t('access.invitations.revokeConfirm', { email: i.email })}
                  onConfirm={() =>
                    revoke
                      .mutateAsync(i)
                      .then(() => void message.success(t('access.invitations.revoked', { email: i.email })))
                      .catch(() => undefined)
                  }
                >
                  <Button size="small" aria-label={`${t('access.invitations.revoke')} ${i.email}`}>
                    {t('access.invitations.revoke')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
      {invitations.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void invitations.fetchNextPage()}>
          {t('access.people.loadMore')}
        </Button>
      )}
    </Card>
  );
}
