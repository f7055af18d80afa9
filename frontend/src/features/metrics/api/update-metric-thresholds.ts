import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { VersionedThresholds } from './get-metric-thresholds';

export type MetricThresholdsUpdate = components['schemas']['MetricThresholdsUpdate'];

/**
 * PUT /api/v1/workspaces/{workspaceId}/metrics/thresholds with If-Match (owners, admins);
 * fields left out keep their value. 412 when someone changed them since `etag` was read.
 */
export async function updateMetricThresholds(
  workspaceId: string,
  etag: string,
  changes: MetricThresholdsUpdate,
): Promise<VersionedThresholds> {
  const result = await api.PUT('/api/v1/workspaces/{workspaceId}/metrics/thresholds', {
    params: { path: { workspaceId }, header: { 'If-Match': etag } },
    body: changes,
  });
  return { thresholds: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function useUpdateMetricThresholds(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, changes }: { etag: string; changes: MetricThresholdsUpdate }) =>
      updateMetricThresholds(workspaceId, etag, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData(queryKeys.metrics.thresholds(workspaceId), updated);
      // health scores, rankings and badges are judged against them
      await queryClient.invalidateQueries({ queryKey: queryKeys.metrics.all(workspaceId) });
    },
  });
}
