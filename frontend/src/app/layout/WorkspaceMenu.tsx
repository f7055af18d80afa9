import {
  AlertOutlined,
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  ImportOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { paths, WORKSPACE_SECTIONS, type WorkspaceSection } from '../paths';

const ICONS: Record<WorkspaceSection, React.ReactNode> = {
  dashboard: <DashboardOutlined />,
  groups: <TeamOutlined />,
  members: <UsergroupAddOutlined />,
  insights: <BarChartOutlined />,
  alerts: <AlertOutlined />,
  imports: <ImportOutlined />,
  activities: <CalendarOutlined />,
  settings: <SettingOutlined />,
};

/** The sections of a workspace: in the side menu on wide screens, in the drawer on phones. */
export function WorkspaceMenu({ workspaceId, onNavigate }: { workspaceId: string; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const segment = pathname.split('/')[3] as WorkspaceSection | undefined;
  const selected: WorkspaceSection = segment && WORKSPACE_SECTIONS.includes(segment) ? segment : 'dashboard';

  return (
    <Menu
      mode="inline"
      aria-label={t('header.navigation')}
      selectedKeys={[selected]}
      style={{ borderInlineEnd: 0, paddingTop: 8 }}
      items={WORKSPACE_SECTIONS.map((section) => ({
        key: section,
        icon: ICONS[section],
        label: t(`nav.${section}`),
      }))}
      onClick={({ key }) => {
        onNavigate?.();
        void navigate(paths.workspaceSection(workspaceId, key as WorkspaceSection));
      }}
    />
  );
}
