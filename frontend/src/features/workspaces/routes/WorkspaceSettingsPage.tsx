import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { WorkspaceDetails } from '../components/WorkspaceDetails';

export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  return (
    <Card title={t('workspaces.settingsTitle')}>
      <WorkspaceDetails workspaceId={workspaceId} full />
    </Card>
  );
}
