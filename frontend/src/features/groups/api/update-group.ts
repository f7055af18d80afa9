import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { getGroup, type VersionedGroup } from './get-group';
import { groupKeys } from './keys';

export type GroupUpdate = components['schemas']['GroupUpdate'];

/**
 * PATCH /api/v1/workspaces/{workspaceId}/groups/{groupId} with If-Match: the server answers
 * 412 when someone changed the group since `etag` was read.
 */
export async function updateGroup(
  workspaceId: string,
  groupId: string,
  etag: string,
  changes: GroupUpdate,
): Promise<VersionedGroup> {
  const result = await api.PATCH('/api/v1/workspaces/{workspaceId}/groups/{groupId}', {
    params: { path: { workspaceId, groupId }, header: { 'If-Match': etag } },
    body: changes,
  });
  return { group: unwrap(result), etag: result.response.headers.get('ETag') };
}

export interface UpdateGroupVariables {
  groupId: string;
  /** The version the changes were made on; absent: read the current one first (archive from a list). */
  etag?: string | null;
  changes: GroupUpdate;
}

export function useUpdateGroup(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ groupId, etag, changes }: UpdateGroupVariables) => {
      const version = etag ?? (await getGroup(workspaceId, groupId)).etag ?? '*';
      return updateGroup(workspaceId, groupId, version, changes);
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(groupKeys.detail(workspaceId, updated.group.id), updated);
      await queryClient.invalidateQueries({ queryKey: groupKeys.all(workspaceId) });
    },
  });
}
