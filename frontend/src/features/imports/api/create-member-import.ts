import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { uuid } from '@/lib/uuid';
import { importKeys } from './keys';

export type MemberImport = components['schemas']['MemberImport'];

/**
 * POST /api/v1/workspaces/{workspaceId}/member-imports: the CSV file itself as the body
 * (text/csv), queued as a background job (202; 200 when the same file is already queued).
 */
export async function createMemberImport(workspaceId: string, file: Blob, idempotencyKey = uuid()): Promise<MemberImport> {
  // the file's bytes go as they are (no JSON serialisation); an ArrayBuffer is a body every
  // fetch takes, where a File from another realm (tests) is not
  const bytes = await file.arrayBuffer();
  return unwrap(
    await api.POST('/api/v1/workspaces/{workspaceId}/member-imports', {
      params: { path: { workspaceId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: bytes as unknown as string,
      bodySerializer: (body) => body as unknown as string,
      headers: { 'Content-Type': 'text/csv' },
    }),
  );
}

export function useCreateMemberImport(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: Blob) => createMemberImport(workspaceId, file),
    onSuccess: async (job) => {
      queryClient.setQueryData(importKeys.detail(workspaceId, job.id), job);
      await queryClient.invalidateQueries({ queryKey: importKeys.list(workspaceId) });
    },
  });
}
