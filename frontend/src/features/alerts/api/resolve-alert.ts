import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { Alert } from './list-alerts';

/** POST /api/v1/workspaces/{workspaceId}/alerts/{alertId}/resolve (owners, admins, operators; idempotent). */
export async function resolveAlert(workspaceId: string, alertId: string): Promise<Alert> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/alerts/{alertId}/resolve', {
      params: { path: { workspaceId, alertId } },
    }),
  );
}

export function useResolveAlert(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (alertId: string) => resolveAlert(workspaceId, alertId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.alerts.all(workspaceId) }),
  });
}
