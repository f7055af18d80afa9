import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import type { MemberListQuery } from '../utils/filter';
import { memberKeys } from './keys';

export type Member = components['schemas']['Member'];
export type MemberPage = components['schemas']['MemberPage'];

export const MEMBERS_PAGE_SIZE = 50;

/** GET /api/v1/workspaces/{workspaceId}/members: one page of the members a filter matches. */
export async function listMembers(workspaceId: string, query: MemberListQuery): Promise<MemberPage> {
  return unwrap(await api.GET('/api/v1/workspaces/{workspaceId}/members', { params: { path: { workspaceId }, query } }));
}

export function membersQueryOptions(workspaceId: string, query: MemberListQuery) {
  return queryOptions({
    queryKey: memberKeys.list(workspaceId, query),
    queryFn: () => listMembers(workspaceId, query),
    // the page stays on screen while the next one (or the next filter) loads
    placeholderData: keepPreviousData,
  });
}

export function useMembers(workspaceId: string, query: MemberListQuery) {
  return useQuery(membersQueryOptions(workspaceId, query));
}
