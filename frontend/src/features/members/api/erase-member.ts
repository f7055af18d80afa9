import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';
import type { Member } from './list-members';

/** POST /api/v1/workspaces/{workspaceId}/members/{memberId}/erase (owners, admins; PIPL request). */
export async function eraseMember(workspaceId: string, memberId: string): Promise<Member> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/members/{memberId}/erase', {
      params: { path: { workspaceId, memberId } },
    }),
  );
}

export function useEraseMember(workspaceId: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eraseMember(workspaceId, memberId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(workspaceId) }),
  });
}
