import { createBrowserRouter, type RouteObject } from 'react-router';
import { WorkspaceSettingsPage } from '@/features/workspaces/routes/WorkspaceSettingsPage';
import { RootLayout } from './layout/RootLayout';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { ComingSoonPage } from './routes/ComingSoonPage';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';
import { WorkspaceDashboardPage } from './routes/WorkspaceDashboardPage';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceLayout />,
        children: [
          { index: true, element: <WorkspaceDashboardPage /> },
          { path: 'groups', element: <ComingSoonPage section="groups" /> },
          { path: 'members', lazy: () => import('./routes/members/MembersPage').then((m) => ({ Component: m.MembersPage })) },
          { path: 'members/segments', lazy: () => import('./routes/members/SegmentsPage').then((m) => ({ Component: m.SegmentsPage })) },
          { path: 'members/imports', lazy: () => import('./routes/members/ImportsPage').then((m) => ({ Component: m.ImportsPage })) },
          { path: 'members/:memberId', lazy: () => import('./routes/members/MemberPage').then((m) => ({ Component: m.MemberPage })) },
          { path: 'activities', element: <ComingSoonPage section="activities" /> },
          { path: 'settings', element: <WorkspaceSettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
