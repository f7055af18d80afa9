import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import type { DayRange } from '@/lib/day-range';
import { groupKeys } from './keys';

export type GroupHealth = components['schemas']['GroupHealth'];
export type HealthCheck = components['schemas']['HealthCheck'];

/** GET /api/v1/workspaces/{workspaceId}/groups/{groupId}/health: score and each check over a period. */
export async function getGroupHealth(workspaceId: string, groupId: string, range: DayRange): Promise<GroupHealth> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/groups/{groupId}/health', {
      params: { path: { workspaceId, groupId }, query: { from: range.from, to: range.to } },
    }),
  );
}

export function groupHealthQueryOptions(workspaceId: string, groupId: string, range: DayRange) {
  return queryOptions({
    queryKey: groupKeys.health(workspaceId, groupId, { from: range.from, to: range.to }),
    queryFn: () => getGroupHealth(workspaceId, groupId, range),
  });
}

/** Fetched only while `groupId` is set (the drawer is open). */
export function useGroupHealth(workspaceId: string, groupId: string | undefined, range: DayRange) {
  return useQuery({ ...groupHealthQueryOptions(workspaceId, groupId ?? '', range), enabled: Boolean(groupId) });
}
