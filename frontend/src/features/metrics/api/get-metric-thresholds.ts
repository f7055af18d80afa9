import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type MetricThresholds = components['schemas']['MetricThresholds'];

/** The thresholds with the ETag of their representation (sent back in If-Match on a change). */
export interface VersionedThresholds {
  thresholds: MetricThresholds;
  etag: string | null;
}

/** GET /api/v1/workspaces/{workspaceId}/metrics/thresholds: the health thresholds in force. */
export async function getMetricThresholds(workspaceId: string): Promise<VersionedThresholds> {
  const result = await api.GET('/api/v1/workspaces/{workspaceId}/metrics/thresholds', {
    params: { path: { workspaceId } },
  });
  return { thresholds: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function metricThresholdsQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.metrics.thresholds(workspaceId),
    queryFn: () => getMetricThresholds(workspaceId),
    staleTime: 5 * 60_000,
  });
}

/** The thresholds in force (what the dashboard judges figures against). */
export function useMetricThresholds(workspaceId: string) {
  return useQuery({ ...metricThresholdsQueryOptions(workspaceId), select: (v) => v.thresholds });
}

/** The thresholds with their ETag, for the settings that change them. */
export function useVersionedThresholds(workspaceId: string) {
  return useQuery(metricThresholdsQueryOptions(workspaceId));
}
