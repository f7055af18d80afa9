import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export type Workspace = components['schemas']['Workspace'];

/** GET /api/v1/workspaces/{workspaceId}. */
export async function getWorkspace(workspaceId: string): Promise<Workspace> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}', {
      params: { path: { workspaceId } },
    }),
  );
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
