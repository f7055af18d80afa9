import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { alertKeys } from './keys';

export type Alert = components['schemas']['Alert'];
export type AlertPage = components['schemas']['AlertPage'];
export type AlertState = Alert['state'];

export const ALERTS_PAGE_SIZE = 20;

export interface AlertParams {
  /** Open or resolved; both when absent. */
  state?: AlertState;
  /** over_capacity or a health check name. */
  kind?: string;
  groupId?: string;
  limit: number;
  /** The `nextCursor` of the page before. */
  cursor?: string;
}

/** GET /api/v1/workspaces/{workspaceId}/alerts: one page of alerts, newest first. */
export async function listAlerts(workspaceId: string, params: AlertParams): Promise<AlertPage> {
  const { state, kind, groupId, limit, cursor } = params;
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/alerts', {
      params: {
        path: { workspaceId },
        query: {
          limit,
          ...(state ? { state } : {}),
          ...(kind ? { kind } : {}),
          ...(groupId ? { groupId } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );
}

export function alertsQueryOptions(workspaceId: string, params: AlertParams) {
  return queryOptions({
    queryKey: alertKeys.list(workspaceId, params),
    queryFn: () => listAlerts(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useAlerts(workspaceId: string, params: AlertParams) {
  return useQuery(alertsQueryOptions(workspaceId, params));
}
