import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { accessKeys } from './keys';

export type Invitation = components['schemas']['Invitation'];
export type InvitationPage = components['schemas']['InvitationPage'];

export const INVITATIONS_PAGE_SIZE = 50;

/** GET /api/v1/workspaces/{workspaceId}/invitations?status=pending (owners, admins), oldest first. */
export async function listPendingInvitations(workspaceId: string, cursor?: string): Promise<InvitationPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/invitations', {
      params: {
        path: { workspaceId },
        query: { status: 'pending', limit: INVITATIONS_PAGE_SIZE, ...(cursor ? { cursor } : {}) },
      },
    }),
  );
}

export function pendingInvitationsQueryOptions(workspaceId: string) {
  return infiniteQueryOptions({
    queryKey: accessKeys.invitationList(workspaceId, { status: 'pending' }),
    queryFn: ({ pageParam }) => listPendingInvitations(workspaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Fetched only for roles that may read invitations. */
export function usePendingInvitations(workspaceId: string, enabled = true) {
  const query = useInfiniteQuery({ ...pendingInvitationsQueryOptions(workspaceId), enabled });
  const items: Invitation[] = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  return { ...query, items };
}
