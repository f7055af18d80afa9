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
};
