import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { ApiError } from '@/lib/problem';
import { segmentKeys } from './keys';

/**
 * DELETE /api/v1/workspaces/{workspaceId}/segments/{segmentId} with If-Match: the list shows no
 * per-segment ETag, so the segment is read first (GET) and deleted in the version read.
 */
export async function deleteSegment(workspaceId: string, segmentId: string): Promise<void> {
  const read = await api.GET('/api/v1/workspaces/{workspaceId}/segments/{segmentId}', {
    params: { path: { workspaceId, segmentId } },
  });
  unwrap(read);
  const etag = read.response.headers.get('ETag');
  if (!etag) throw new ApiError(428);
  const result = await api.DELETE('/api/v1/workspaces/{workspaceId}/segments/{segmentId}', {
    params: { path: { workspaceId, segmentId }, header: { 'If-Match': etag } },
  });
  if (!result.response.ok) unwrap(result);
}

export function useDeleteSegment(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (segmentId: string) => deleteSegment(workspaceId, segmentId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: segmentKeys.all(workspaceId) }),
  });
}
