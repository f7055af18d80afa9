import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { insightKeys } from './keys';

export type RetentionReport = components['schemas']['RetentionReport'];
export type RetentionCohort = components['schemas']['RetentionCohort'];

/** GET /api/v1/workspaces/{workspaceId}/metrics/retention: day 1/7/30 retention per join cohort (the last 30 local days). */
export async function getRetention(workspaceId: string, groupId?: string): Promise<RetentionReport> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/retention', {
      params: { path: { workspaceId }, query: groupId ? { groupId } : {} },
    }),
  );
}

export function retentionQueryOptions(workspaceId: string, groupId?: string) {
  return queryOptions({
    queryKey: insightKeys.retention(workspaceId, { groupId }),
    queryFn: () => getRetention(workspaceId, groupId),
  });
}

export function useRetention(workspaceId: string, groupId?: string) {
  return useQuery(retentionQueryOptions(workspaceId, groupId));
}
