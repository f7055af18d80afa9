import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useActorNames } from '@/features/access/api/list-access';
import { AlertsBrowser } from '@/features/alerts/components/AlertsBrowser';
import { useGroups } from '@/features/groups/api/list-groups';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useMyRole } from '@/features/workspaces/api/list-my-workspaces';
import { can } from '@/lib/roles';

/** Every alert of the workspace, with the group names and the caller's role from other features. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const { role } = useMyRole(workspaceId);
  const groups = useGroups(workspaceId);
  const actorName = useActorNames(workspaceId);

  if (workspace.isPending) return <Skeleton active />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  const { timeZone, currency } = workspace.data.workspace;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('alerts.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('alerts.intro')}</Typography.Text>
      </div>
      <AlertsBrowser
        workspaceId={workspaceId}
        timeZone={timeZone}
        currency={currency}
        canResolve={can.resolveAlerts(role)}
        groups={groups.data?.items ?? []}
        groupsLoading={groups.isPending}
        actorName={actorName}
      />
    </Flex>
  );
}

