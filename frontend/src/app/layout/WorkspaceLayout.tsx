import { Layout, theme } from 'antd';
import { Outlet, useParams } from 'react-router';
import { useWideScreen } from '@/lib/use-media-query';
import { WorkspaceMenu } from './WorkspaceMenu';

/**
 * A workspace's pages: side menu on the left from the lg breakpoint up, the page on the right.
 * Below lg the menu is in the header's drawer (RootLayout) and the page takes the whole width.
 */
export function WorkspaceLayout() {
  const { workspaceId = '' } = useParams();
  const { token } = theme.useToken();
  const wide = useWideScreen();

  return (
    <Layout>
      {wide && (
        <Layout.Sider collapsible width={200} style={{ background: token.colorBgContainer }} theme="light">
          <WorkspaceMenu workspaceId={workspaceId} />
        </Layout.Sider>
      )}
      <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
