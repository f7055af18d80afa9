import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { groupKeys } from './keys';

export type Series = components['schemas']['Series'];
export type SeriesPage = components['schemas']['SeriesPage'];

/** GET /api/v1/workspaces/{workspaceId}/series: the first 200 series (for pickers and names). */
export async function listSeries(workspaceId: string): Promise<SeriesPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/series', { params: { path: { workspaceId }, query: { limit: 200 } } }),
  );
}

export function seriesQueryOptions(workspaceId: string) {
  return queryOptions({
    queryKey: groupKeys.series(workspaceId),
    queryFn: () => listSeries(workspaceId),
    staleTime: 60_000,
  });
}

export function useSeriesList(workspaceId: string) {
  return useQuery(seriesQueryOptions(workspaceId));
}
