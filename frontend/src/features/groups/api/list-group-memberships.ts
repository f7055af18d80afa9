import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';

export type Membership = components['schemas']['Membership'];
export type MembershipPage = components['schemas']['MembershipPage'];
export type MembershipState = 'current' | 'left';

export interface MembershipParams {
  state: MembershipState;
  cursor?: string;
  limit: number;
}

/** GET /api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships: current or past members. */
export async function listGroupMemberships(
  workspaceId: string,
  groupId: string,
  params: MembershipParams,
): Promise<MembershipPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships', {
      params: {
        path: { workspaceId, groupId },
        query: { state: params.state, limit: params.limit, ...(params.cursor ? { cursor: params.cursor } : {}) },
      },
    }),
  );
}

export function groupMembershipsQueryOptions(workspaceId: string, groupId: string, params: MembershipParams) {
  return queryOptions({
    queryKey: groupKeys.memberships(workspaceId, groupId, params),
    queryFn: () => listGroupMemberships(workspaceId, groupId, params),
    placeholderData: keepPreviousData,
  });
}

export function useGroupMemberships(workspaceId: string, groupId: string, params: MembershipParams) {
  return useQuery(groupMembershipsQueryOptions(workspaceId, groupId, params));
}
