import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { insightKeys } from './keys';

export type SilentMember = components['schemas']['SilentMember'];
export type SilentMemberPage = components['schemas']['SilentMemberPage'];

export interface SilentParams {
  days: number;
  groupId?: string;
}

export const SILENT_PAGE_SIZE = 50;
/** The outreach file holds at most this many members (operators reach out by hand). */
export const OUTREACH_MAX = 5000;

/** GET /api/v1/workspaces/{workspaceId}/metrics/silent-members: one page of lurkers. */
export async function listSilentMembers(
  workspaceId: string,
  params: SilentParams,
  cursor?: string,
  limit = SILENT_PAGE_SIZE,
): Promise<SilentMemberPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/metrics/silent-members', {
      params: {
        path: { workspaceId },
        query: { days: params.days, limit, ...(params.groupId ? { groupId: params.groupId } : {}), ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

/** Every silent member (up to OUTREACH_MAX), for the outreach file. */
export async function listAllSilentMembers(workspaceId: string, params: SilentParams): Promise<{ items: SilentMember[]; more: boolean }> {
  const items: SilentMember[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSilentMembers(workspaceId, params, cursor, 200);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < OUTREACH_MAX);
  return { items: items.slice(0, OUTREACH_MAX), more: !!cursor || items.length > OUTREACH_MAX };
}

export function silentMembersQueryOptions(workspaceId: string, params: SilentParams) {
  return infiniteQueryOptions({
    queryKey: insightKeys.silent(workspaceId, params),
    queryFn: ({ pageParam }) => listSilentMembers(workspaceId, params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useSilentMembers(workspaceId: string, params: SilentParams) {
  const query = useInfiniteQuery(silentMembersQueryOptions(workspaceId, params));
  const items: SilentMember[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}
