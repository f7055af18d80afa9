import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { paths } from '@/app/paths';
import { GroupsList } from '@/features/groups/components/GroupsList';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { ApiError } from '@/lib/problem';
import { useGroupEditing } from './workspace-role';

/** The groups of a workspace (filters in the URL), in its time zone and currency. */
export function GroupsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const { canEdit } = useGroupEditing(workspaceId);

  // the list is asked for at once; only health scores and figure ranking wait for the time zone
  if (workspace.error) {
    const notFound = workspace.error instanceof ApiError && workspace.error.status === 404;
    return <ProblemAlert error={notFound ? new Error(t('workspaces.notFound')) : workspace.error} />;
  }
  return (
    <GroupsList
      key={workspaceId}
      workspaceId={workspaceId}
      timeZone={workspace.data?.workspace.timeZone}
      currency={workspace.data?.workspace.currency ?? ''}
      canEdit={canEdit}
      groupHref={(groupId) => paths.group(workspaceId, groupId)}
    />
  );
}
