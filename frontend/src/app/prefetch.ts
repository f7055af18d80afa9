import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { groupQueryOptions } from '@/features/groups/api/get-group';
import { searchGroupsQueryOptions } from '@/features/groups/api/search-groups';
import { readListParams, toGroupQuery } from '@/features/groups/utils/list-params';
import { metricsSummaryQueryOptions } from '@/features/metrics/api/get-metrics-summary';
import { workspaceQueryOptions } from '@/features/workspaces/api/get-workspace';
import { getAccessToken } from '@/lib/auth';
import { presetRange } from '@/lib/day-range';

/**
 * Route loaders that only start the first queries of a page, without waiting for them: the
 * API calls then run while the page's code chunk loads, instead of after it. Nothing is
 * asked before the user is signed in (the page asks again on its own anyway).
 */
function prefetching(start: (queryClient: QueryClient, args: LoaderFunctionArgs) => void) {
  return (queryClient: QueryClient) => (args: LoaderFunctionArgs) => {
    void getAccessToken().then((token) => {
      if (token) start(queryClient, args);
    });
    return null;
  };
}

export const prefetchGroups = prefetching((queryClient, { params, request }) => {
  const workspaceId = params.workspaceId ?? '';
  void queryClient.prefetchQuery(workspaceQueryOptions(workspaceId));
  const list = readListParams(new URL(request.url).searchParams);
  if (!list.rank) void queryClient.prefetchQuery(searchGroupsQueryOptions(workspaceId, toGroupQuery(list)));
});

export const prefetchGroup = prefetching((queryClient, { params, request }) => {
  const workspaceId = params.workspaceId ?? '';
  const groupId = params.groupId ?? '';
  void queryClient.prefetchQuery(groupQueryOptions(workspaceId, groupId));
  // the overview's figures: their days are the workspace's, so they follow its answer
  const search = new URL(request.url).searchParams;
  const period = search.get('period');
  const preset = period === 'last30' || period === 'thisMonth' ? period : 'last7';
  if (search.get('tab')) {
    void queryClient.prefetchQuery(workspaceQueryOptions(workspaceId));
    return;
  }
  void queryClient
    .fetchQuery(workspaceQueryOptions(workspaceId))
    .then(({ workspace }) =>
      queryClient.prefetchQuery(metricsSummaryQueryOptions(workspaceId, { ...presetRange(preset, workspace.timeZone), groupId })),
    )
    .catch(() => undefined);
});
