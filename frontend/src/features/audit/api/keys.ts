/** Query keys of the audit feature; they start with ['workspaces', id] like every key of a workspace. */
export const auditKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'audit-log'] as const,
  list: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'audit-log', 'list', params] as const,
};
