import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { operations } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';
import type { GroupPage } from './list-groups';

export type GroupQuery = NonNullable<operations['listGroups']['parameters']['query']>;
export type GroupSort = NonNullable<GroupQuery['sort']>;
export const GROUP_SORTS: readonly GroupSort[] = ['-createdAt', 'createdAt', 'name', '-name', '-memberCount', 'memberCount'];

/** GET /api/v1/workspaces/{workspaceId}/groups with filters, sort and cursor (the groups list). */
export async function searchGroups(workspaceId: string, query: GroupQuery): Promise<GroupPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/groups', { params: { path: { workspaceId }, query } }),
  );
}

export function searchGroupsQueryOptions(workspaceId: string, query: GroupQuery) {
  return queryOptions({
    queryKey: groupKeys.list(workspaceId, query),
    queryFn: () => searchGroups(workspaceId, query),
    placeholderData: keepPreviousData,
  });
}

export function useSearchGroups(workspaceId: string, query: GroupQuery, enabled = true) {
  return useQuery({ ...searchGroupsQueryOptions(workspaceId, query), enabled });
}
