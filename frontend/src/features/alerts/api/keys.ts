/**
 * Query keys of the alerts feature. They start with ['workspaces', id] like every key of a
 * workspace, so invalidating a workspace invalidates its alerts too.
 */
export const alertKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'alerts'] as const,
  list: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'alerts', 'list', params] as const,
};
