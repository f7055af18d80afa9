import { App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RoleTag } from '@/components/RoleTag';
import { formatDateTime } from '@/lib/format';
import { useAcceptInvitation } from '../api/accept-invitation';
import { type MyInvitation, useMyInvitations } from '../api/list-my-invitations';

/** Invitations waiting for the caller, each with an Accept button. */
export function PendingInvitations() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { data, error, isPending } = useMyInvitations();
  const accept = useAcceptInvitation();

  const onAccept = (invitation: MyInvitation) =>
    accept.mutate(invitation.id, {
      onSuccess: (joined) => void message.success(t('invitations.accepted', { name: joined.workspace.name })),
    });

  return (
    <Card title={t('invitations.title')} data-testid="pending-invitations">
      {error && <ProblemAlert error={error} title={t('invitations.loadError')} />}
      {accept.error && <ProblemAlert error={accept.error} title={t('invitations.acceptError')} />}
      {!error && isPending && <Skeleton active paragraph={{ rows: 1 }} />}
      {!error && !isPending && (data?.items.length ?? 0) === 0 && (
        <Typography.Text type="secondary">{t('invitations.empty')}</Typography.Text>
      )}
      {!error && (data?.items.length ?? 0) > 0 && (
        <Flex vertical gap={12} role="list">
          {data!.items.map((invitation) => (
            <Flex
              key={invitation.id}
              role="listitem"
              data-testid={`invitation-${invitation.id}`}
              justify="space-between"
              align="center"
              gap={12}
              wrap
            >
              <Flex vertical gap={4}>
                <Typography.Text strong>{invitation.workspaceName}</Typography.Text>
                <span>
                  {t('invitations.invitedAs', { role: t(`role.${invitation.role}`) })}{' '}
                  <RoleTag role={invitation.role} />
                  <Typography.Text type="secondary">
                    {formatDateTime(invitation.createdAt, i18n.language)}
                  </Typography.Text>
                </span>
              </Flex>
              <Button
                type="primary"
                loading={accept.isPending && accept.variables === invitation.id}
                onClick={() => onAccept(invitation)}
                aria-label={`${t('invitations.accept')} ${invitation.workspaceName}`}
              >
                {t('invitations.accept')}
              </Button>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
