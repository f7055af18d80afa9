import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './keys';

export type MemberImportPage = components['schemas']['MemberImportPage'];

/** GET /api/v1/workspaces/{workspaceId}/member-imports: the latest jobs, newest first. */
export async function listMemberImports(workspaceId: string, limit = 10): Promise<MemberImportPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/member-imports', {
      params: { path: { workspaceId }, query: { limit } },
    }),
  );
}

export function memberImportsQueryOptions(workspaceId: string) {
  return queryOptions({ queryKey: importKeys.list(workspaceId), queryFn: () => listMemberImports(workspaceId) });
}

export function useMemberImports(workspaceId: string) {
  return useQuery(memberImportsQueryOptions(workspaceId));
}
