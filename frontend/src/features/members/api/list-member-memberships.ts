import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';

export type Membership = components['schemas']['Membership'];
export type MembershipPage = components['schemas']['MembershipPage'];

/**
 * GET /api/v1/workspaces/{workspaceId}/members/{memberId}/memberships?state=all: the member's
 * groups with history, oldest join first (the first 200: more is not a person's history).
 */
export async function listMemberMemberships(workspaceId: string, memberId: string): Promise<MembershipPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/members/{memberId}/memberships', {
      params: { path: { workspaceId, memberId }, query: { state: 'all', limit: 200 } },
    }),
  );
}

export function memberMembershipsQueryOptions(workspaceId: string, memberId: string) {
  return queryOptions({
    queryKey: memberKeys.memberships(workspaceId, memberId),
    queryFn: () => listMemberMemberships(workspaceId, memberId),
  });
}

export function useMemberMemberships(workspaceId: string, memberId: string) {
  return useQuery(memberMembershipsQueryOptions(workspaceId, memberId));
}
