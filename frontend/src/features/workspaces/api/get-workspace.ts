import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Workspace = components['schemas']['Workspace'];

/** A workspace with the ETag of its representation (sent back in If-Match on a change). */
export interface VersionedWorkspace {
  workspace: Workspace;
  etag: string | null;
}

/** GET /api/v1/workspaces/{workspaceId}. */
export async function getWorkspace(workspaceId: string): Promise<VersionedWorkspace> {
  const result = await api.GET('/api/v1/workspaces/{workspaceId}', {
    params: { path: { workspaceId } },
  });
  return { workspace: unwrap(result), etag: result.response.headers.get('ETag') };
}

export function workspaceQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: queryKeys.workspaces.detail(workspaceId),
    queryFn: () => getWorkspace(workspaceId),
  });
}

export function useWorkspace(workspaceId: string) {
  return useQuery(workspaceQueryOptions(workspaceId));
}
