import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';

export type GroupEvent = components['schemas']['Event'];
export type EventPage = components['schemas']['EventPage'];

/** GET /api/v1/workspaces/{workspaceId}/groups/{groupId}/events: the timeline, newest first. */
export async function listGroupEvents(workspaceId: string, groupId: string, cursor?: string, limit = 20): Promise<EventPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/groups/{groupId}/events', {
      params: { path: { workspaceId, groupId }, query: { limit, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function groupEventsQueryOptions(workspaceId: string, groupId: string, cursor?: string) {
  return queryOptions({
    queryKey: groupKeys.events(workspaceId, groupId, { cursor }),
    queryFn: () => listGroupEvents(workspaceId, groupId, cursor),
    placeholderData: keepPreviousData,
  });
}

export function useGroupEvents(workspaceId: string, groupId: string, cursor?: string) {
  return useQuery(groupEventsQueryOptions(workspaceId, groupId, cursor));
}
