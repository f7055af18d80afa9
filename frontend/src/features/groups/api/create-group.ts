import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import type { VersionedGroup } from './get-group';
import { groupKeys } from './keys';

export type GroupCreate = components['schemas']['GroupCreate'];

/** POST /api/v1/workspaces/{workspaceId}/groups with a fresh Idempotency-Key per call. */
export async function createGroup(workspaceId: string, body: GroupCreate, idempotencyKey = uuid()): Promise<VersionedGroup> {
  const result = await api.POST('/api/v1/workspaces/{workspaceId}/groups', {
    params: { path: { workspaceId }, header: { 'Idempotency-Key': idempotencyKey } },
    body,
  });
  return { group: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useCreateGroup(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: GroupCreate) => createGroup(workspaceId, body),
    onSuccess: async (created) => {
      queryClient.setQueryData(groupKeys.detail(workspaceId, created.group.id), created);
      await queryClient.invalidateQueries({ queryKey: groupKeys.all(workspaceId) });
    },
  });
}
