import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';
import type { Member } from './list-members';

/** A member with the ETag of the version read (If-Match of a later PATCH). */
export interface VersionedMember {
  member: Member;
  etag: string | null;
}

/** GET /api/v1/workspaces/{workspaceId}/members/{memberId} (phone masked for analysts). */
export async function getMember(workspaceId: string, memberId: string): Promise<VersionedMember> {
  const result = await api.GET('/api/v1/workspaces/{workspaceId}/members/{memberId}', {
    params: { path: { workspaceId, memberId } },
  });
  return { member: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function memberQueryOptions(workspaceId: string, memberId: string) {
  return queryOptions({
    queryKey: memberKeys.detail(workspaceId, memberId),
    queryFn: () => getMember(workspaceId, memberId),
  });
}

export function useMember(workspaceId: string, memberId: string | null | undefined) {
  return useQuery({ ...memberQueryOptions(workspaceId, memberId ?? ''), enabled: !!memberId });
}
