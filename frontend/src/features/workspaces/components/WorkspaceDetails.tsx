import { Descriptions, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiError } from '@/lib/problem';
import { formatDateTime } from '@/lib/format';
import { useWorkspace } from '../api/get-workspace';

/** Name, time zone and currency of one workspace (GET /api/v1/workspaces/{workspaceId}). */
export function WorkspaceDetails({ workspaceId, full = false }: { workspaceId: string; full?: boolean }) {
  const { t, i18n } = useTranslation();
  const { data: versioned, error, isPending } = useWorkspace(workspaceId);
  if (isPending) return <Skeleton active />;
  if (error) {
    const notFound = error instanceof ApiError && error.status === 404;
    return <ProblemAlert error={notFound ? new Error(t('workspaces.notFound')) : error} />;
  }
  const data = versioned.workspace;
  const items = [
    { key: 'name', label: t('workspaces.name'), children: data.name },
    { key: 'timeZone', label: t('workspaces.timeZone'), children: data.timeZone },
    { key: 'currency', label: t('workspaces.currency'), children: data.currency },
    { key: 'createdAt', label: t('workspaces.createdAt'), children: formatDateTime(data.createdAt, i18n.language) },
  ];
  if (full) {
    items.push(
      { key: 'updatedAt', label: t('workspaces.updatedAt'), children: formatDateTime(data.updatedAt, i18n.language) },
      { key: 'id', label: t('workspaces.id'), children: data.id },
    );
  }
  return <Descriptions bordered column={1} items={items} data-testid="workspace-details" />;
}
