import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';

export type InviteeTree = components['schemas']['InviteeTree'];
export type Invitee = components['schemas']['Invitee'];

/** GET /api/v1/workspaces/{workspaceId}/members/{memberId}/invitees: the referral (裂变) tree. */
export async function listInvitees(workspaceId: string, memberId: string, depth: number): Promise<InviteeTree> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/members/{memberId}/invitees', {
      params: { path: { workspaceId, memberId }, query: { depth } },
    }),
  );
}

export function inviteesQueryOptions(workspaceId: string, memberId: string, depth: number) {
  return queryOptions({
    queryKey: memberKeys.invitees(workspaceId, memberId, depth),
    queryFn: () => listInvitees(workspaceId, memberId, depth),
  });
}

export function useInvitees(workspaceId: string, memberId: string, depth = 3) {
  return useQuery(inviteesQueryOptions(workspaceId, memberId, depth));
}
