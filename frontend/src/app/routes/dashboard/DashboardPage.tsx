import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError } from '@/lib/problem';
import { can } from '@/lib/roles';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useMyRole } from '@/features/workspaces/api/list-my-workspaces';
import { Dashboard } from './Dashboard';

/**
 * The workspace's first page: the metrics dashboard, in the workspace's time zone and currency
 * (from the workspaces feature), with the caller's role deciding who may resolve alerts.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data, error, isPending } = useWorkspace(workspaceId);
  const { role } = useMyRole(workspaceId);

  if (isPending) return <Skeleton active />;
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return <ProblemAlert error={notFound ? new Error(t('workspaces.notFound')) : error} />;
  }
  return (
    <Dashboard
      key={workspaceId}
      workspaceId={workspaceId}
      timeZone={data.workspace.timeZone}
      currency={data.workspace.currency}
      canResolve={can.resolveAlerts(role)}
    />
  );
}
