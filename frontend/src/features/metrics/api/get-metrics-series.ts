import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { DayRange } from '@/lib/day-range';

export type MetricsSeries = components['schemas']['MetricsSeries'];
export type SeriesInterval = MetricsSeries['interval'];
export const SERIES_INTERVALS: readonly SeriesInterval[] = ['day', 'week', 'month'];

export interface SeriesParams extends DayRange {
  interval: SeriesInterval;
  groupId?: string;
}

/** GET /api/v1/workspaces/{workspaceId}/metrics/series: the figures per day, ISO week or month. */
export async function getMetricsSeries(workspaceId: string, params: SeriesParams): Promise<MetricsSeries> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/series', {
      params: {
        path: { workspaceId },
        query: {
          from: params.from,
          to: params.to,
          interval: params.interval,
          ...(params.groupId ? { groupId: params.groupId } : {}),
        },
      },
    }),
  );
}

export function metricsSeriesQueryOptions(workspaceId: string, params: SeriesParams) {
  return queryOptions({
    queryKey: queryKeys.metrics.series(workspaceId, params),
    queryFn: () => getMetricsSeries(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useMetricsSeries(workspaceId: string, params: SeriesParams) {
  return useQuery(metricsSeriesQueryOptions(workspaceId, params));
}
