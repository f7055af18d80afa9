import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { WorkspaceDetails } from '../components/WorkspaceDetails';

/** The workspace's first page; metrics come here with later work. */
export function WorkspaceDashboardPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  return (
    <Card title={t('workspaces.overview')}>
      <WorkspaceDetails workspaceId={workspaceId} />
    </Card>
  );
}
