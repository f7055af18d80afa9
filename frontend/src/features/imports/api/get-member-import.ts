import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, unwrap } from '@/lib/api-client';
import type { MemberImport } from './create-member-import';
import { importKeys } from './keys';

/** How often a queued or running job is read again. */
export const IMPORT_POLL_MS = 1000;

export function isFinished(job: MemberImport | undefined): boolean {
  return job?.status === 'succeeded' || job?.status === 'failed';
}

/** GET /api/v1/workspaces/{workspaceId}/member-imports/{importId}: the job and its progress. */
export async function getMemberImport(workspaceId: string, importId: string): Promise<MemberImport> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/member-imports/{importId}', {
      params: { path: { workspaceId, importId } },
    }),
  );
}

export function memberImportQueryOptions(workspaceId: string, importId: string) {
  return queryOptions({
    queryKey: importKeys.detail(workspaceId, importId),
    queryFn: () => getMemberImport(workspaceId, importId),
    // poll until the job is over
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : IMPORT_POLL_MS),
  });
}

/** The job, read again every second until it is over; then the lists it changed are refreshed. */
export function useMemberImport(workspaceId: string, importId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(memberImportQueryOptions(workspaceId, importId));
  const finished = isFinished(query.data);
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: importKeys.list(workspaceId) });
    void queryClient.invalidateQueries({ queryKey: importKeys.errors(workspaceId, importId) });
    // the members (and segment counts) changed
    void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'members'] });
    void queryClient.invalidateQueries({ queryKey: ['workspaces', workspaceId, 'segments'] });
  }, [finished, queryClient, workspaceId, importId]);
  return query;
}
