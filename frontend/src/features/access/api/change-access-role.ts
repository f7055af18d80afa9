import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { accessKeys } from './keys';
import type { AccessEntry } from './list-access';
import { etagOf, StaleRecordError } from './versioned';

export type Role = components['schemas']['Role'];

export interface RoleChange {
  entry: AccessEntry;
  role: Role;
  /** Apply even when the entry changed since the list was read (the user chose to overwrite). */
  overwrite?: boolean;
}

/**
 * PATCH /api/v1/workspaces/{workspaceId}/access/{accessId} with If-Match (owners, admins). The
 * list carries no per-entry ETag, so the entry is read first: if its role is no longer the one
 * the list showed, nothing is written and a StaleRecordError (412) says so; a change between
 * that read and the write is caught by the server's 412.
 */
export async function changeAccessRole(workspaceId: string, { entry, role, overwrite }: RoleChange): Promise<AccessEntry> {
  const path = { workspaceId, accessId: entry.id };
  const read = await api.GET('/api/v1/workspaces/{workspaceId}/access/{accessId}', { params: { path } });
  const current = unwrap(read);
  if (!overwrite && current.role !== entry.role) throw new StaleRecordError();
  return unwrap(
    await api.PATCH('/api/v1/workspaces/{workspaceId}/access/{accessId}', {
      params: { path, header: { 'If-Match': etagOf(read.response) } },
      body: { role },
    }),
  );
}

export function useChangeAccessRole(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: RoleChange) => changeAccessRole(workspaceId, change),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accessKeys.all(workspaceId) }),
  });
}
