import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';
import type { Group } from './list-groups';

/** A group with the ETag of its representation (sent back in If-Match on a change). */
export interface VersionedGroup {
  group: Group;
  etag: string | null;
}

/** GET /api/v1/workspaces/{workspaceId}/groups/{groupId}: one group, with its live member count. */
export async function getGroup(workspaceId: string, groupId: string): Promise<VersionedGroup> {
  const result = await api.GET('/api/v1/workspaces/{workspaceId}/groups/{groupId}', {
    params: { path: { workspaceId, groupId } },
  });
  return { group: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function groupQueryOptions(workspaceId: string, groupId: string) {
  return queryOptions({
    queryKey: groupKeys.detail(workspaceId, groupId),
    queryFn: () => getGroup(workspaceId, groupId),
  });
}

export function useGroup(workspaceId: string, groupId: string | undefined) {
  return useQuery({ ...groupQueryOptions(workspaceId, groupId ?? ''), enabled: Boolean(groupId) });
}
