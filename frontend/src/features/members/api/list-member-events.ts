import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';

export type MemberEvent = components['schemas']['Event'];
export type EventType = components['schemas']['EventType'];
export type EventPage = components['schemas']['EventPage'];

export const EVENTS_PAGE_SIZE = 50;

/** GET /api/v1/workspaces/{workspaceId}/members/{memberId}/events: the timeline, newest first. */
export async function listMemberEvents(
  workspaceId: string,
  memberId: string,
  types: EventType[],
  cursor?: string,
): Promise<EventPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/members/{memberId}/events', {
      params: {
        path: { workspaceId, memberId },
        query: { limit: EVENTS_PAGE_SIZE, ...(types.length ? { type: types } : {}), ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function memberEventsQueryOptions(workspaceId: string, memberId: string, types: EventType[]) {
  return infiniteQueryOptions({
    queryKey: memberKeys.events(workspaceId, memberId, { types }),
    queryFn: ({ pageParam }) => listMemberEvents(workspaceId, memberId, types, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The timeline page after page (fetchNextPage while hasNextPage); `types` empty = every type. */
export function useMemberEvents(workspaceId: string, memberId: string, types: EventType[]) {
  const query = useInfiniteQuery(memberEventsQueryOptions(workspaceId, memberId, types));
  const items: MemberEvent[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}
