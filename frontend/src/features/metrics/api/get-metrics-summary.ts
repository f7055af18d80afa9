import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { DayRange } from '@/lib/day-range';

export type MetricsSummary = components['schemas']['MetricsSummary'];
export type MetricsFigures = components['schemas']['MetricsFigures'];

export interface SummaryParams extends DayRange {
  /** One group's figures; the workspace's (distinct people) when absent. */
  groupId?: string;
}

/** GET /api/v1/workspaces/{workspaceId}/metrics/summary: every headline figure of a period. */
export async function getMetricsSummary(workspaceId: string, params: SummaryParams): Promise<MetricsSummary> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/summary', {
      params: {
        path: { workspaceId },
        query: { from: params.from, to: params.to, ...(params.groupId ? { groupId: params.groupId } : {}) },
      },
    }),
  );
}

export function metricsSummaryQueryOptions(workspaceId: string, params: SummaryParams) {
  return queryOptions({
    queryKey: queryKeys.metrics.summary(workspaceId, params),
    queryFn: () => getMetricsSummary(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useMetricsSummary(workspaceId: string, params: SummaryParams) {
  return useQuery(metricsSummaryQueryOptions(workspaceId, params));
}
