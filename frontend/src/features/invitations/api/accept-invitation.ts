import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { uuid } from '@/lib/uuid';

export type MyWorkspace = components['schemas']['MyWorkspace'];

/** POST /api/v1/me/invitations/{invitationId}/accept. */
export async function acceptInvitation(invitationId: string, idempotencyKey = uuid()): Promise<MyWorkspace> {
  return unwrap(
    await api.POST('/api/v1/me/invitations/{invitationId}/accept', {
      params: { path: { invitationId }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  );
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => acceptInvitation(invitationId),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.myInvitations() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.myWorkspaces.all() }),
      ]);
    },
  });
}
