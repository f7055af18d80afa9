import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';

export type Group = components['schemas']['Group'];
export type GroupPage = components['schemas']['GroupPage'];

/** The most groups one page holds (the API's maximum). */
export const GROUPS_PAGE_SIZE = 200;

/** GET /api/v1/workspaces/{workspaceId}/groups: the first page, by name (for pickers and names). */
export async function listGroups(workspaceId: string, limit = GROUPS_PAGE_SIZE): Promise<GroupPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/groups', {
      params: { path: { workspaceId }, query: { limit, sort: 'name' } },
    }),
  );
}

export function groupsQueryOptions(workspaceId: string, limit = GROUPS_PAGE_SIZE) {
  return queryOptions({
    queryKey: groupKeys.list(workspaceId, { limit, sort: 'name' }),
    queryFn: () => listGroups(workspaceId, limit),
    staleTime: 60_000,
  });
}

export function useGroups(workspaceId: string, limit = GROUPS_PAGE_SIZE) {
  return useQuery(groupsQueryOptions(workspaceId, limit));
}
