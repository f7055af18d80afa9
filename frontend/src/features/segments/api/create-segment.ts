import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import { segmentKeys } from './keys';
import type { Segment } from './list-segments';

export type SegmentCreate = components['schemas']['SegmentCreate'];

/** POST /api/v1/workspaces/{workspaceId}/segments with a fresh Idempotency-Key per submit. */
export async function createSegment(workspaceId: string, body: SegmentCreate, idempotencyKey = uuid()): Promise<Segment> {
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/segments', {
      params: { path: { workspaceId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export function useCreateSegment(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SegmentCreate) => createSegment(workspaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: segmentKeys.all(workspaceId) }),
  });
}
