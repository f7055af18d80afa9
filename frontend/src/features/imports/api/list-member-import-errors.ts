import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './keys';

export type MemberImportError = components['schemas']['MemberImportError'];
export type MemberImportErrorPage = components['schemas']['MemberImportErrorPage'];

export const IMPORT_ERRORS_PAGE_SIZE = 200;

/** GET /api/v1/workspaces/{workspaceId}/member-imports/{importId}/errors: rows not applied, in file order. */
export async function listMemberImportErrors(
  workspaceId: string,
  importId: string,
  cursor?: string,
): Promise<MemberImportErrorPage> {
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/member-imports/{importId}/errors', {
      params: { path: { workspaceId, importId }, query: { limit: IMPORT_ERRORS_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/** Every row error of a job, page after page (for the downloadable CSV). */
export async function listAllMemberImportErrors(workspaceId: string, importId: string): Promise<MemberImportError[]> {
  const all: MemberImportError[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMemberImportErrors(workspaceId, importId, cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function memberImportErrorsQueryOptions(workspaceId: string, importId: string) {
  return infiniteQueryOptions({
    queryKey: importKeys.errors(workspaceId, importId),
    queryFn: ({ pageParam }) => listMemberImportErrors(workspaceId, importId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMemberImportErrors(workspaceId: string, importId: string, enabled: boolean) {
  const query = useInfiniteQuery({ ...memberImportErrorsQueryOptions(workspaceId, importId), enabled });
  const items: MemberImportError[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}
