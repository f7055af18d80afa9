import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Layout, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useMatch, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { WorkspaceSwitcher } from '@/features/workspaces/components/WorkspaceSwitcher';
import { paths } from '../paths';

/** Header (brand, workspace switcher, language, user, logout) above every page. */
export function RootLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const match = useMatch('/w/:workspaceId/*');
  const { token } = theme.useToken();
  const profile = auth.user?.profile;
  const userName = profile?.name ?? profile?.preferred_username ?? profile?.email ?? '';

  const logout = async () => {
    queryClient.clear();
    await auth.signoutRedirect();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          paddingInline: 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Link to={paths.home()} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <Typography.Text strong style={{ fontSize: 16 }}>
            {t('app.title')}
          </Typography.Text>
        </Link>
        <WorkspaceSwitcher
          value={match?.params.workspaceId}
          onChange={(workspaceId) => void navigate(paths.workspace(workspaceId))}
        />
        <Flex flex={1} />
        <Space size="middle">
          <LanguageSwitch />
          <Space size={4} data-testid="user-name">
            <UserOutlined />
            <Typography.Text>{userName}</Typography.Text>
          </Space>
          <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
            {t('header.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Outlet />
    </Layout>
  );
}
