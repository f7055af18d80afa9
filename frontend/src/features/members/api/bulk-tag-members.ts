import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';

export type BulkTag = components['schemas']['BulkTag'];
export type BulkTagResult = components['schemas']['BulkTagResult'];

/** POST /api/v1/workspaces/{workspaceId}/members/bulk-tag: by ids (at most 1,000) or by filter, all or nothing. */
export async function bulkTagMembers(workspaceId: string, body: BulkTag): Promise<BulkTagResult> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/members/bulk-tag', { params: { path: { workspaceId } }, body }),
  );
}

export function useBulkTagMembers(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkTag) => bulkTagMembers(workspaceId, body),
    // tags changed: lists, members, and the live counts of segments (their key, by prefix)
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: memberKeys.all(workspaceId) });
      await queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'segments'] });
    },
  });
}
