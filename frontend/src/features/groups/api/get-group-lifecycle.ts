import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';

export type LifecycleCurve = components['schemas']['LifecycleCurve'];

/** GET /api/v1/workspaces/{workspaceId}/metrics/lifecycle for one group: active share by age in days. */
export async function getGroupLifecycle(workspaceId: string, groupId: string, days: number): Promise<LifecycleCurve> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/lifecycle', {
      params: { path: { workspaceId }, query: { days, groupIds: [groupId] } },
    }),
  );
}

export function groupLifecycleQueryOptions(workspaceId: string, groupId: string, days: number) {
  return queryOptions({
    queryKey: groupKeys.lifecycle(workspaceId, groupId, days),
    queryFn: () => getGroupLifecycle(workspaceId, groupId, days),
  });
}

export function useGroupLifecycle(workspaceId: string, groupId: string, days = 30) {
  return useQuery(groupLifecycleQueryOptions(workspaceId, groupId, days));
}
