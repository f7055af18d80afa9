/** Query keys of the imports feature. */
export const importKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'member-imports'] as const,
  list: (workspaceId: string) => [...importKeys.all(workspaceId), 'list'] as const,
  detail: (workspaceId: string, importId: string) => [...importKeys.all(workspaceId), 'detail', importId] as const,
  errors: (workspaceId: string, importId: string) => [...importKeys.all(workspaceId), 'errors', importId] as const,
};
