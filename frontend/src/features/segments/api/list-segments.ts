import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { segmentKeys } from './keys';

export type Segment = components['schemas']['Segment'];
export type SegmentPage = components['schemas']['SegmentPage'];
export type MemberFilter = components['schemas']['MemberFilter'];

export const SEGMENTS_PAGE_SIZE = 100;

/** GET /api/v1/workspaces/{workspaceId}/segments: saved segments with their live member counts. */
export async function listSegments(workspaceId: string, cursor?: string): Promise<SegmentPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/segments', {
      params: { path: { workspaceId }, query: { limit: SEGMENTS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function segmentsQueryOptions(workspaceId: string) {
  return infiniteQueryOptions({
    queryKey: segmentKeys.list(workspaceId, { limit: SEGMENTS_PAGE_SIZE }),
    queryFn: ({ pageParam }) => listSegments(workspaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSegments(workspaceId: string) {
  const query = useInfiniteQuery(segmentsQueryOptions(workspaceId));
  const items: Segment[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}
