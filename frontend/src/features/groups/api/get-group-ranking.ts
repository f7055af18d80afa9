import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import type { DayRange } from '@/lib/day-range';
import { groupKeys } from './keys';

export type GroupRanking = components['schemas']['GroupRanking'];
export type RankedGroup = components['schemas']['RankedGroup'];
export type RankingMetric = operations['getGroupRanking']['parameters']['query']['metric'];
export type RankingOrder = NonNullable<operations['getGroupRanking']['parameters']['query']['order']>;

export interface RankingParams extends DayRange {
  metric: RankingMetric;
  order: RankingOrder;
  limit: number;
  cursor?: string;
}

/** GET /api/v1/workspaces/{workspaceId}/metrics/group-ranking: a page of the ranking (the first without cursor). */
export async function getGroupRanking(workspaceId: string, params: RankingParams): Promise<GroupRanking> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/group-ranking', {
      params: {
        path: { workspaceId },
        query: {
          metric: params.metric,
          from: params.from,
          to: params.to,
          order: params.order,
          limit: params.limit,
          ...(params.cursor ? { cursor: params.cursor } : {}),
        },
      },
    }),
  );
}

export function groupRankingQueryOptions(workspaceId: string, params: RankingParams) {
  return queryOptions({
    queryKey: groupKeys.ranking(workspaceId, params),
    queryFn: () => getGroupRanking(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useGroupRanking(workspaceId: string, params: RankingParams, enabled = true) {
  return useQuery({ ...groupRankingQueryOptions(workspaceId, params), enabled });
}
