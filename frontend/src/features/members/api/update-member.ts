import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import type { VersionedMember } from './get-member';
import { memberKeys } from './keys';

export type MemberUpdate = components['schemas']['MemberUpdate'];

/** PATCH /api/v1/workspaces/{workspaceId}/members/{memberId} with If-Match (412 on a stale version). */
export async function updateMember(
  workspaceId: string,
  memberId: string,
  etag: string,
  changes: MemberUpdate,
): Promise<VersionedMember> {
  const result = await api.PATCH('/api/v1/workspaces/{workspaceId}/members/{memberId}', {
    params: { path: { workspaceId, memberId }, header: { 'If-Match': etag } },
    body: changes,
  });
  return { member: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateMember(workspaceId: string, memberId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, changes }: { etag: string; changes: MemberUpdate }) =>
      updateMember(workspaceId, memberId, etag, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData(memberKeys.detail(workspaceId, memberId), updated);
      await queryClient.invalidateQueries({ queryKey: [...memberKeys.all(workspaceId), 'list'] });
    },
  });
}
