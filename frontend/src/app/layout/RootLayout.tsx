import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Dropdown, Flex, Layout, Space, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { Link, Outlet, useMatch, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { WorkspaceSwitcher } from '@/features/workspaces/components/WorkspaceSwitcher';
import { useWideScreen } from '@/lib/use-media-query';
import { paths } from '../paths';
import { WorkspaceMenu } from './WorkspaceMenu';

/**
 * Header (brand, workspace switcher, language, user, logout) above every page. Below the lg
 * breakpoint it is compact: a menu button opens the workspace's sections in a drawer, the
 * language shows a short label and the user and logout are in a menu behind one button.
 */
export function RootLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const match = useMatch('/w/:workspaceId/*');
  const workspaceId = match?.params.workspaceId;
  const { token } = theme.useToken();
  const wide = useWideScreen();
  const [menuOpen, setMenuOpen] = useState(false);
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
          gap: wide ? 16 : 8,
          paddingInline: wide ? 24 : 12,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {!wide && workspaceId && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('header.openMenu')}
            data-testid="menu-button"
            onClick={() => setMenuOpen(true)}
          />
        )}
        <Link to={paths.home()} style={{ display: 'flex', alignItems: 'center', gap: 8, flex: 'none' }}>
          <img src="/favicon.svg" alt={wide ? '' : t('app.title')} width={28} height={28} />
          {wide && (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('app.title')}
            </Typography.Text>
          )}
        </Link>
        <div style={wide ? undefined : { flex: 1, minWidth: 0 }}>
          <WorkspaceSwitcher
            compact={!wide}
            value={workspaceId}
            onChange={(id) => void navigate(paths.workspace(id))}
          />
        </div>
        {wide && <Flex flex={1} />}
        {wide ? (
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
        ) : (
          <Space size={4} style={{ flex: 'none' }}>
            <LanguageSwitch compact />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'name', label: userName, icon: <UserOutlined />, disabled: true },
                  { type: 'divider' },
                  { key: 'logout', label: t('header.logout'), icon: <LogoutOutlined />, onClick: () => void logout() },
                ],
              }}
            >
              <Button type="text" icon={<UserOutlined />} aria-label={t('header.userMenu')} data-testid="user-name" />
            </Dropdown>
          </Space>
        )}
      </Layout.Header>
      {!wide && workspaceId && (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          size={240}
          title={t('header.navigation')}
          styles={{ body: { padding: 0 } }}
        >
          <WorkspaceMenu workspaceId={workspaceId} onNavigate={() => setMenuOpen(false)} />
        </Drawer>
      )}
      <Outlet />
    </Layout>
  );
}
