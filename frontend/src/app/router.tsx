import { useTranslation } from 'react-i18next';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from '@/components/FullPageSpin';
import { RootLayout } from './layout/RootLayout';
import { WorkspaceLayout } from './layout/WorkspaceLayout';
import { prefetchGroup, prefetchGroups } from './prefetch';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';

// Each section's pages are loaded on demand (their own chunks): a page module exports its
// component, and `page` turns that into the route's lazy part.
const page = <M,>(load: () => Promise<M>, pick: (m: M) => React.ComponentType) => async () => ({
  Component: pick(await load()),
});

function Loading() {
  const { t } = useTranslation();
  return <FullPageSpin tip={t('app.loading')} />;
}

export const routes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/',
    element: <RootLayout />,
    HydrateFallback: Loading,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceLayout />,
        children: [
          { index: true, lazy: page(() => import('./routes/dashboard/DashboardPage'), (m) => m.DashboardPage) },
          {
            path: 'groups',
            loader: prefetchGroups(queryClient),
            lazy: page(() => import('./routes/groups/GroupsPage'), (m) => m.GroupsPage),
          },
          {
            path: 'groups/:groupId',
            loader: prefetchGroup(queryClient),
            lazy: page(() => import('./routes/groups/GroupPage'), (m) => m.GroupPage),
          },
          { path: 'members', lazy: page(() => import('./routes/members/MembersPage'), (m) => m.MembersPage) },
          {
            path: 'members/segments',
            lazy: page(() => import('./routes/members/SegmentsPage'), (m) => m.SegmentsPage),
          },
          { path: 'members/:memberId', lazy: page(() => import('./routes/members/MemberPage'), (m) => m.MemberPage) },
          { path: 'insights', lazy: page(() => import('./routes/insights/InsightsPage'), (m) => m.InsightsPage) },
          { path: 'alerts', lazy: page(() => import('./routes/alerts/AlertsPage'), (m) => m.AlertsPage) },
          { path: 'imports', lazy: page(() => import('./routes/imports/ImportsPage'), (m) => m.ImportsPage) },
          {
            path: 'activities',
            lazy: page(() => import('./routes/activities/ActivitiesPage'), (m) => m.ActivitiesPage),
          },
          { path: 'settings', lazy: page(() => import('./routes/settings/SettingsPage'), (m) => m.SettingsPage) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter(routes(queryClient));
}
