import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Alert = components['schemas']['Alert'];
export type AlertPage = components['schemas']['AlertPage'];

export const ALERTS_PAGE_SIZE = 20;

export interface AlertParams {
  state: 'open' | 'resolved';
  groupId?: string;
  limit: number;
}

/** GET /api/v1/workspaces/{workspaceId}/alerts: the newest alerts (first page). */
export async function listAlerts(workspaceId: string, params: AlertParams): Promise<AlertPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/alerts', {
      params: {
        path: { workspaceId },
        query: { state: params.state, limit: params.limit, ...(params.groupId ? { groupId: params.groupId } : {}) },
      },
    }),
  );
}

export function alertsQueryOptions(workspaceId: string, params: AlertParams) {
  return queryOptions({
    queryKey: queryKeys.alerts.list(workspaceId, params),
    queryFn: () => listAlerts(workspaceId, params),
  });
}

export function useAlerts(workspaceId: string, params: AlertParams) {
  return useQuery(alertsQueryOptions(workspaceId, params));
}
