import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type MyInvitation = components['schemas']['MyInvitation'];
export type MyInvitationList = components['schemas']['MyInvitationList'];

/** GET /api/v1/me/invitations: pending invitations for the caller's verified email. */
export async function listMyInvitations(): Promise<MyInvitationList> {
  return unwrap(await api.GET('/api/v1/me/invitations'));
}

export function myInvitationsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.myInvitations(),
    queryFn: listMyInvitations,
  });
}

export function useMyInvitations() {
  return useQuery(myInvitationsQueryOptions());
}
