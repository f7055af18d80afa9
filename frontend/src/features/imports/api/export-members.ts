import { useMutation } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type MemberExportQuery = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/members/export']['get']['parameters']['query']
>;

/** The file name of a Content-Disposition header, or a default. */
export function fileName(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : fallback;
}

/** GET /api/v1/workspaces/{workspaceId}/members/export: the members a filter matches, as a CSV file. */
export async function exportMembers(workspaceId: string, query: MemberExportQuery): Promise<{ blob: Blob; name: string }> {
  const result = await api.GET('/api/v1/workspaces/{workspaceId}/members/export', {
    params: { path: { workspaceId }, query },
    parseAs: 'blob',
  });
  const blob = unwrap(result) as unknown as Blob;
  return { blob, name: fileName(result.response.headers.get('Content-Disposition'), 'members.csv') };
}

export function useExportMembers(workspaceId: string) {
  return useMutation({ mutationFn: (query: MemberExportQuery) => exportMembers(workspaceId, query) });
}
