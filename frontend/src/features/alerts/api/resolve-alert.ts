import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { alertKeys } from './keys';
import type { Alert } from './list-alerts';

/**
 * POST /api/v1/workspaces/{workspaceId}/alerts/{alertId}/resolve with an optional note (owners,
 * admins, operators). Idempotent by nature: resolving twice answers the first resolution.
 */
export async function resolveAlert(workspaceId: string, alertId: string, note?: string): Promise<Alert> {
  const text = note?.trim();
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/alerts/{alertId}/resolve', {
      params: { path: { workspaceId, alertId } },
      body: text ? { note: text } : {},
    }),
  );
}

export function useResolveAlert(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ alertId, note }: { alertId: string; note?: string }) => resolveAlert(workspaceId, alertId, note),
    onSettled: () => queryClient.invalidateQueries({ queryKey: alertKeys.all(workspaceId) }),
  });
}
