import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import { accessKeys } from './keys';
import type { AccessEntry } from './list-access';

export type ClientAccessCreate = components['schemas']['ClientAccessCreate'];

/**
 * POST /api/v1/workspaces/{workspaceId}/access: grant a partner client (its OIDC client id, the
 * token's `azp`) a role; a fresh Idempotency-Key per submit.
 */
export async function grantClientAccess(workspaceId: string, body: ClientAccessCreate, idempotencyKey = uuid()): Promise<AccessEntry> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/access', {
      params: { path: { workspaceId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useGrantClientAccess(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClientAccessCreate) => grantClientAccess(workspaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.all(workspaceId) }),
  });
}
