import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { components, operations } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { auditKeys } from './keys';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditPage = components['schemas']['AuditPage'];
export type AuditEntityType = NonNullable<NonNullable<operations['listAuditLog']['parameters']['query']>['entityType']>;

export const AUDIT_ENTITY_TYPES: AuditEntityType[] = [
  'workspace',
  'access',
  'invitation',
  'group',
  'series',
  'member',
  'membership',
  'tag',
  'segment',
  'member_import',
];
export const AUDIT_PAGE_SIZE = 50;

export interface AuditParams {
  entityType?: AuditEntityType;
  entityId?: string;
  cursor?: string;
  limit: number;
}

/** GET /api/v1/workspaces/{workspaceId}/audit-log (owners, admins): who changed what, newest first. */
export async function listAuditLog(workspaceId: string, params: AuditParams): Promise<AuditPage> {
  const { entityType, entityId, cursor, limit } = params;
  return unwrap(
    await api.GET('/api/v1/workspaces/{workspaceId}/audit-log', {
      params: {
        path: { workspaceId },
        query: {
          limit,
          ...(entityType ? { entityType } : {}),
          ...(entityId ? { entityId } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );
}

export function auditLogQueryOptions(workspaceId: string, params: AuditParams) {
  return queryOptions({
    queryKey: auditKeys.list(workspaceId, params),
    queryFn: () => listAuditLog(workspaceId, params),
    placeholderData: keepPreviousData,
  });
}

export function useAuditLog(workspaceId: string, params: AuditParams) {
  return useQuery(auditLogQueryOptions(workspaceId, params));
}
