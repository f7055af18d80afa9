import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { accessKeys } from './keys';
import type { Invitation } from './list-invitations';
import { etagOf, StaleRecordError } from './versioned';

/**
 * DELETE /api/v1/workspaces/{workspaceId}/invitations/{invitationId} with If-Match (owners,
 * admins). Read first for the ETag; an invitation accepted meanwhile is no longer pending:
 * nothing is revoked (StaleRecordError; the server would answer 409).
 */
export async function revokeInvitation(workspaceId: string, invitation: Invitation): Promise<void> {
  const path = { workspaceId, invitationId: invitation.id };
  const read = await api.GET('/api/v1/workspaces/{workspaceId}/invitations/{invitationId}', { params: { path } });
  if (unwrap(read).status !== 'pending') throw new StaleRecordError();
  unwrap(
    await api.DELETE('/api/v1/workspaces/{workspaceId}/invitations/{invitationId}', {
      params: { path, header: { 'If-Match': etagOf(read.response) } },
    }),
  );
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) => revokeInvitation(workspaceId, invitation),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessKeys.invitations(workspaceId) }),
  });
}
