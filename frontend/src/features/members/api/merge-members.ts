import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';
import type { Member } from './list-members';

/**
 * POST /api/v1/workspaces/{workspaceId}/members/{memberId}/merge: `absorbedId` moves into
 * `survivorId` (identities, memberships, referrals; tags united, points added).
 */
export async function mergeMembers(workspaceId: string, survivorId: string, absorbedId: string): Promise<Member> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/members/{memberId}/merge', {
      params: { path: { workspaceId, memberId: survivorId } },
      body: { memberId: absorbedId },
    }),
  );
}

export function useMergeMembers(workspaceId: string, survivorId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (absorbedId: string) => mergeMembers(workspaceId, survivorId, absorbedId),
    // everything about both members changed (timeline, groups, tree): read it all again
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(workspaceId) }),
  });
}
