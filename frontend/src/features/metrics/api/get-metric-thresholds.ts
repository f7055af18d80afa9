import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type MetricThresholds = components['schemas']['MetricThresholds'];

/** GET /api/v1/workspaces/{workspaceId}/metrics/thresholds: the health thresholds in force. */
export async function getMetricThresholds(workspaceId: string): Promise<MetricThresholds> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/thresholds', { params: { path: { workspaceId } } }),
  );
}

export function metricThresholdsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.metrics.thresholds(workspaceId),
    queryFn: () => getMetricThresholds(workspaceId),
    staleTime: 5 * 60_000,
  });
}

export function useMetricThresholds(workspaceId: string) {
  return useQuery(metricThresholdsQueryOptions(workspaceId));
}
