import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { accessKeys } from './keys';

export type AccessEntry = components['schemas']['AccessEntry'];
export type AccessPage = components['schemas']['AccessPage'];
export type PrincipalType = components['schemas']['PrincipalType'];

export const ACCESS_PAGE_SIZE = 100;

export interface AccessParams {
  /** Only users or only partner clients; both when absent. */
  type?: PrincipalType;
  limit: number;
}

/** GET /api/v1/workspaces/{workspaceId}/access: one page of who has access, oldest first. */
export async function listAccess(workspaceId: string, params: AccessParams, cursor?: string): Promise<AccessPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/access', {
      params: {
        path: { workspaceId },
        query: { limit: params.limit, ...(params.type ? { type: params.type } : {}), ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function accessListQueryOptions(workspaceId: string, params: AccessParams) {
  return infiniteQueryOptions({
    queryKey: accessKeys.list(workspaceId, params),
    queryFn: ({ pageParam }) => listAccess(workspaceId, params, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Everyone with access, page after page (fetchNextPage while hasNextPage). */
export function useAccessList(workspaceId: string, params: AccessParams) {
  const query = useInfiniteQuery(accessListQueryOptions(workspaceId, params));
  const items: AccessEntry[] = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { ...query, items };
}

/** How the audit log and alerts name an actor: "user:<subject>" or "client:<client id>". */
export function actorKey(entry: AccessEntry): string {
  return entry.type === 'user' ? `user:${entry.subject ?? ''}` : `client:${entry.clientId ?? ''}`;
}

export function displayName(entry: AccessEntry): string {
  return entry.displayName || entry.email || entry.clientId || entry.subject || entry.id;
}

/**
 * A person's or client's name from an actor key, from the first page of access entries (who
 * lost access since shows as not known).
 */
export function useActorNames(workspaceId: string): (actor: string) => string | undefined {
  const { items } = useAccessList(workspaceId, { limit: ACCESS_PAGE_SIZE });
  const names = useMemo(() => new Map(items.map((e) => [actorKey(e), displayName(e)] as const)), [items]);
  return useCallback(
    (actor: string) => names.get(actor) ?? (actor.startsWith('client:') ? actor.slice('client:'.length) : undefined),
    [names],
  );
}
