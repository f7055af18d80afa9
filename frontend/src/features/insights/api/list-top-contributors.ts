import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { insightKeys } from './keys';

export type TopContributors = components['schemas']['TopContributors'];
export type TopContributor = components['schemas']['TopContributor'];
export type ContributorKind = TopContributors['kind'];

export const CONTRIBUTOR_KINDS: ContributorKind[] = ['talkers', 'check_in_streak', 'ugc_posters', 'inviters'];

export interface ContributorParams {
  kind: ContributorKind;
  groupId?: string;
  limit: number;
}

/** GET /api/v1/workspaces/{workspaceId}/metrics/top-contributors: the last 30 local days (the API's default range). */
export async function listTopContributors(workspaceId: string, params: ContributorParams): Promise<TopContributors> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/top-contributors', {
      params: {
        path: { workspaceId },
        query: { kind: params.kind, limit: params.limit, ...(params.groupId ? { groupId: params.groupId } : {}) },
      },
    }),
  );
}

export function topContributorsQueryOptions(workspaceId: string, params: ContributorParams) {
  return queryOptions({
    queryKey: insightKeys.contributors(workspaceId, params),
    queryFn: () => listTopContributors(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useTopContributors(workspaceId: string, params: ContributorParams) {
  return useQuery(topContributorsQueryOptions(workspaceId, params));
}
