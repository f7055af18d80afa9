import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { VersionedWorkspace } from './get-workspace';

export type WorkspaceUpdate = components['schemas']['WorkspaceUpdate'];

/**
 * PATCH /api/v1/workspaces/{workspaceId} with If-Match: the server answers 412 when someone
 * changed the workspace since `etag` was read.
 */
export async function updateWorkspace(
  workspaceId: string,
  etag: string,
  changes: WorkspaceUpdate,
): Promise<VersionedWorkspace> {
  const result = await api.PATCH('/api/v1/workspaces/{workspaceId}', {
    params: { path: { workspaceId }, header: { 'If-Match': etag } },
    body: changes,
  });
  return { workspace: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, changes }: { etag: string; changes: WorkspaceUpdate }) =>
      updateWorkspace(workspaceId, etag, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.workspaces.detail(workspaceId), updated);
      await queryClient.invalidateQueries({ queryKey: queryKeys.myWorkspaces.all() });
    },
    onError: async () => {
      // 412 and friends: read the current version again
      await queryClient.invalidateQueries({ queryKey: queryKeys.workspaces.detail(workspaceId) });
    },
  });
}
