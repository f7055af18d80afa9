import {
  CalendarOutlined,
  DashboardOutlined,
  SettingOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Layout, Menu, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { paths, WORKSPACE_SECTIONS, type WorkspaceSection } from '../paths';

const ICONS: Record<WorkspaceSection, React.ReactNode> = {
  dashboard: <DashboardOutlined />,
  groups: <TeamOutlined />,
  members: <UsergroupAddOutlined />,
  activities: <CalendarOutlined />,
  settings: <SettingOutlined />,
};

/** A workspace's pages: side menu on the left, the page on the right. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { workspaceId = '' } = useParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const segment = pathname.split('/')[3] as WorkspaceSection | undefined;
  const selected: WorkspaceSection = segment && WORKSPACE_SECTIONS.includes(segment) ? segment : 'dashboard';

  return (
    <Layout>
      <Layout.Sider
        breakpoint="lg"
        collapsible
        width={200}
        style={{ background: token.colorBgContainer }}
        theme="light"
      >
        <Menu
          mode="inline"
          aria-label="workspace navigation"
          selectedKeys={[selected]}
          style={{ borderInlineEnd: 0, paddingTop: 8 }}
          items={WORKSPACE_SECTIONS.map((section) => ({
            key: section,
            icon: ICONS[section],
            label: t(`nav.${section}`),
          }))}
          onClick={({ key }) => void navigate(paths.workspaceSection(workspaceId, key as WorkspaceSection))}
        />
      </Layout.Sider>
      <Layout.Content style={{ padding: 24 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
