import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { insightKeys } from './keys';

export type LifecycleCurve = components['schemas']['LifecycleCurve'];

/** GET /api/v1/workspaces/{workspaceId}/metrics/lifecycle: active share by group age; `groupIds` empty = every group. */
export async function getLifecycle(workspaceId: string, days: number, groupIds: string[]): Promise<LifecycleCurve> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/lifecycle', {
      params: { path: { workspaceId }, query: { days, ...(groupIds.length ? { groupIds } : {}) } },
    }),
  );
}

export function lifecycleQueryOptions(workspaceId: string, days: number, groupIds: string[]) {
  return {
    queryKey: insightKeys.lifecycle(workspaceId, { days, groupIds }),
    queryFn: () => getLifecycle(workspaceId, days, groupIds),
  };
}

/**
 * One curve per compared group, plus the average of every group (the first): groups are
 * compared by asking for each one's curve.
 */
export function useLifecycleCurves(workspaceId: string, days: number, groupIds: string[]) {
  return useQueries({
    queries: [[], ...groupIds.map((id) => [id])].map((ids) => lifecycleQueryOptions(workspaceId, days, ids)),
    combine,
  });
}

// module-level, so that TanStack Query keeps the combined result while the queries do not change
function combine(results: UseQueryResult<LifecycleCurve>[]) {
  return {
    curves: results.map((r) => r.data),
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
