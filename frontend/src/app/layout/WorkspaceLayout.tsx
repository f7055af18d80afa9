import { Button, Layout, Result, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { ApiError } from '@/lib/problem';
import { useWideScreen } from '@/lib/use-media-query';
import { paths } from '../paths';
import { WorkspaceMenu } from './WorkspaceMenu';

/**
 * A workspace's pages: side menu on the left from the lg breakpoint up, the page on the right.
 * Below lg the menu is in the header's drawer (RootLayout) and the page takes the whole width.
 */
export function WorkspaceLayout() {
  const { workspaceId = '' } = useParams();
  const { token } = theme.useToken();
  const wide = useWideScreen();
  const { t } = useTranslation();
  // every page of the workspace reads it (cached): an unknown one (or another tenant's, which
  // the API answers 404 alike) gets one clear page instead of each section's error
  const workspace = useWorkspace(workspaceId);
  const unknown = workspace.error instanceof ApiError && workspace.error.status === 404;

  return (
    <Layout>
      {wide && (
        <Layout.Sider collapsible width={200} style={{ background: token.colorBgContainer }} theme="light">
          <WorkspaceMenu workspaceId={workspaceId} />
        </Layout.Sider>
      )}
      <Layout.Content style={{ padding: wide ? 24 : 12, minWidth: 0 }}>
        {unknown ? (
          <Result
            status="404"
            title={t('workspaces.notFoundTitle')}
            subTitle={t('workspaces.notFound')}
            data-testid="workspace-not-found"
            extra={
              <Link to={paths.home()}>
                <Button type="primary">{t('app.backHome')}</Button>
              </Link>
            }
          />
        ) : (
          <Outlet />
        )}
      </Layout.Content>
    </Layout>
  );
}
