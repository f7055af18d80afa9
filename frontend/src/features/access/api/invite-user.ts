import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import { accessKeys } from './keys';
import type { Invitation } from './list-invitations';

export type InvitationCreate = components['schemas']['InvitationCreate'];

/**
 * POST /api/v1/workspaces/{workspaceId}/invitations (owners, admins): the user who logs in with
 * this email, verified, gets the role. One pending invitation per email (409 otherwise).
 */
export async function inviteUser(workspaceId: string, body: InvitationCreate, idempotencyKey = uuid()): Promise<Invitation> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/invitations', {
      params: { path: { workspaceId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useInviteUser(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationCreate) => inviteUser(workspaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.invitations(workspaceId) }),
  });
}
