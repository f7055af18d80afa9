/**
 * Every query key of the console, in one place, so that a write in one feature can
 * invalidate what another feature shows without importing it.
 */
export const queryKeys = {
  me: () => ['me'] as const,
  myWorkspaces: {
    all: () => ['my-workspaces'] as const,
    list: (limit: number) => ['my-workspaces', 'list', { limit }] as const,
  },
  workspaces: {
    all: () => ['workspaces'] as const,
    detail: (workspaceId: string) => ['workspaces', workspaceId] as const,
  },
  myInvitations: () => ['my-invitations'] as const,
  groups: {
    all: (workspaceId: string) => ['workspaces', workspaceId, 'groups'] as const,
  },
  /** Figures change as events arrive: every metrics query of a workspace starts with this key. */
  metrics: {
    all: (workspaceId: string) => ['workspaces', workspaceId, 'metrics'] as const,
    summary: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'metrics', 'summary', params] as const,
    series: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'metrics', 'series', params] as const,
    thresholds: (workspaceId: string) => ['workspaces', workspaceId, 'metrics', 'thresholds'] as const,
  },
};
