import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { memberKeys } from './keys';

export type TagCatalog = components['schemas']['TagCatalog'];

/** GET /api/v1/workspaces/{workspaceId}/tags: tag groups and tags (suggestions in tag pickers). */
export async function getTagCatalog(workspaceId: string): Promise<TagCatalog> {
  return unwrap(await api.GET('/api/v1/workspaces/{workspaceId}/tags', { params: { path: { workspaceId } } }));
}

export function tagCatalogQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: memberKeys.tags(workspaceId),
    queryFn: () => getTagCatalog(workspaceId),
    staleTime: 60_000,
  });
}

export function useTagCatalog(workspaceId: string) {
  return useQuery(tagCatalogQueryOptions(workspaceId));
}
