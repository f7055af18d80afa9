import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { WorkspaceDetails } from '@/features/workspaces/components/WorkspaceDetails';
import { WorkspaceSettingsForm } from '@/features/workspaces/components/WorkspaceSettingsForm';

export function SettingsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const { data } = useWorkspace(workspaceId);
  return (
    <Flex vertical gap={24}>
      <Card title={t('workspaces.settingsTitle')}>
        <WorkspaceSettingsForm workspaceId={workspaceId} />
      </Card>
      {/* the form already says when the workspace cannot be read */}
      {data && (
        <Card>
          <WorkspaceDetails workspaceId={workspaceId} full />
        </Card>
      )}
    </Flex>
  );
}
