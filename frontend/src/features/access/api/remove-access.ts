import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { accessKeys } from './keys';
import type { AccessEntry } from './list-access';
import { etagOf, StaleRecordError } from './versioned';

/**
 * DELETE /api/v1/workspaces/{workspaceId}/access/{accessId} with If-Match (owners, admins; the
 * last owner stays: 409). Read first for the ETag, as for a role change.
 */
export async function removeAccess(workspaceId: string, entry: AccessEntry, overwrite = false): Promise<void> {
  const path = { workspaceId, accessId: entry.id };
  const read = await api.GET('/api/v1/workspaces/{workspaceId}/access/{accessId}', { params: { path } });
  const current = unwrap(read);
  if (!overwrite && current.role !== entry.role) throw new StaleRecordError();
  unwrap(
    await api.DELETE('/api/v1/workspaces/{workspaceId}/access/{accessId}', {
      params: { path, header: { 'If-Match': etagOf(read.response) } },
    }),
  );
}

export function useRemoveAccess(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, overwrite }: { entry: AccessEntry; overwrite?: boolean }) => removeAccess(workspaceId, entry, overwrite),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessKeys.all(workspaceId) }),
  });
}
