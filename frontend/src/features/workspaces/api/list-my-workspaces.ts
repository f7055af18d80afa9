import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type MyWorkspace = components['schemas']['MyWorkspace'];
export type MyWorkspacePage = components['schemas']['MyWorkspacePage'];

export const WORKSPACES_PAGE_SIZE = 50;

/** GET /api/v1/workspaces: one page of the caller's workspaces with the caller's role. */
export async function listMyWorkspaces(limit: number, cursor?: string): Promise<MyWorkspacePage> {
  return unwrap(
    await api.GET('/api/v1/workspaces', {
      params: { query: { limit, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

export function myWorkspacesQueryOptions(limit = WORKSPACES_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: queryKeys.myWorkspaces.list(limit),
    queryFn: ({ pageParam }) => listMyWorkspaces(limit, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The caller's workspaces, page after page (fetchNextPage while hasNextPage). */
export function useMyWorkspaces(limit = WORKSPACES_PAGE_SIZE) {
  const query = useInfiniteQuery(myWorkspacesQueryOptions(limit));
  const items: MyWorkspace[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

/** The caller's role in a workspace (undefined while loading or without access). */
export function useMyRole(workspaceId: string) {
  const { items, isPending } = useMyWorkspaces();
  return { role: items.find((i) => i.workspace.id === workspaceId)?.role, isPending };
}
