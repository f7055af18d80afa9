import { Card, Flex, Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useActorNames } from '@/features/access/api/list-access';
import { PartnerClientsSettings } from '@/features/access/components/PartnerClientsSettings';
import { PeopleSettings } from '@/features/access/components/PeopleSettings';
import { AuditLog } from '@/features/audit/components/AuditLog';
import { ThresholdsSettings } from '@/features/metrics/components/ThresholdsSettings';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useMyRole } from '@/features/workspaces/api/list-my-workspaces';
import { WorkspaceDetails } from '@/features/workspaces/components/WorkspaceDetails';
import { WorkspaceSettingsForm } from '@/features/workspaces/components/WorkspaceSettingsForm';
import { can } from '@/lib/roles';
import { useTabParam } from '@/lib/use-tab-param';

export const SETTINGS_TABS = ['workspace', 'people', 'clients', 'thresholds', 'audit'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

/**
 * The workspace's settings in tabs (?tab=): workspace, people and roles, partner clients, health
 * thresholds, audit log. Owners and admins change them; everyone else reads what they may
 * (the audit log is for owners and admins only).
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const workspace = useWorkspace(workspaceId);
  const { role, isPending: rolePending } = useMyRole(workspaceId);
  const manage = can.manageWorkspace(role);
  const actorName = useActorNames(workspaceId);
  const tabs: SettingsTab[] = manage ? [...SETTINGS_TABS] : SETTINGS_TABS.filter((tab) => tab !== 'audit');
  // a tab's own filters and cursor do not carry over to another tab
  const [active, setTab] = useTabParam(tabs, { clearOthers: true });

  if (workspace.isPending || rolePending) return <Skeleton active />;
  if (workspace.error) return <ProblemAlert error={workspace.error} />;
  const { timeZone, currency } = workspace.data.workspace;


  const content: Record<SettingsTab, React.ReactNode> = {
    workspace: (
      <Flex vertical gap={24}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('workspaces.settingsTitle')}
        </Typography.Title>
        {manage && <WorkspaceSettingsForm workspaceId={workspaceId} />}
        <WorkspaceDetails workspaceId={workspaceId} full />
      </Flex>
    ),
    people: <PeopleSettings workspaceId={workspaceId} timeZone={timeZone} canManage={manage} isOwner={can.manageOwners(role)} />,
    clients: <PartnerClientsSettings workspaceId={workspaceId} timeZone={timeZone} canManage={manage} />,
    thresholds: <ThresholdsSettings workspaceId={workspaceId} currency={currency} timeZone={timeZone} canEdit={manage} />,
    audit: <AuditLog workspaceId={workspaceId} timeZone={timeZone} actorName={actorName} />,
  };

  return (
    <Card data-testid="settings">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('pages.settings.title')}
      </Typography.Title>
      {!manage && (
        <Typography.Paragraph type="secondary" data-testid="settings-read-only">
          {t('pages.settings.readOnly')}
        </Typography.Paragraph>
      )}
      <Tabs
        activeKey={active}
        onChange={setTab}
        destroyOnHidden
        items={tabs.map((key) => ({ key, label: t(`pages.settings.tabs.${key}`), children: content[key] }))}
      />
    </Card>
  );
}
