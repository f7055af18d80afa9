import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { uuid } from '@/lib/uuid';

export type WorkspaceCreate = components['schemas']['WorkspaceCreate'];
export type MyWorkspace = components['schemas']['MyWorkspace'];

/**
 * POST /api/v1/workspaces. Each call sends a fresh Idempotency-Key, so a request repeated by
 * the network is applied once.
 */
export async function createWorkspace(
  body: WorkspaceCreate,
  idempotencyKey = uuid(),
): Promise<MyWorkspace & { etag: string | null }> {
  const result = await api.POST('/api/v1/workspaces', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body,
  });
  return { ...unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WorkspaceCreate) => createWorkspace(body),
    onSuccess: async (created) => {
      queryClient.setQueryData(queryKeys.workspaces.detail(created.workspace.id), {
        workspace: created.workspace,
        etag: created.etag,
      });
      await queryClient.invalidateQueries({ queryKey: queryKeys.myWorkspaces.all() });
    },
  });
}
