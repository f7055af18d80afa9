import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { groupQueryOptions } from '@/features/groups/api/get-group';
import { searchGroupsQueryOptions } from '@/features/groups/api/search-groups';
import { readListParams, toGroupQuery } from '@/features/groups/utils/list-params';
import { workspaceQueryOptions } from '@/features/workspaces/api/get-workspace';
import { getAccessToken } from '@/lib/auth';

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

export const prefetchGroup = prefetching((queryClient, { params }) => {
  const workspaceId = params.workspaceId ?? '';
  void queryClient.prefetchQuery(workspaceQueryOptions(workspaceId));
  void queryClient.prefetchQuery(groupQueryOptions(workspaceId, params.groupId ?? ''));
});
