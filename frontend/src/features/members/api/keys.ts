/**
 * Query keys of the members feature. They all start with the workspace's key, so a write
 * elsewhere in the workspace can invalidate them by prefix.
 */
export const memberKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  list: (workspaceId: string, params: object) => [...memberKeys.all(workspaceId), 'list', params] as const,
  detail: (workspaceId: string, memberId: string) => [...memberKeys.all(workspaceId), 'detail', memberId] as const,
  memberships: (workspaceId: string, memberId: string) =>
    [...memberKeys.all(workspaceId), 'memberships', memberId] as const,
  events: (workspaceId: string, memberId: string, params: object) =>
    [...memberKeys.all(workspaceId), 'events', memberId, params] as const,
  invitees: (workspaceId: string, memberId: string, depth: number) =>
    [...memberKeys.all(workspaceId), 'invitees', memberId, depth] as const,
  tags: (workspaceId: string) => ['workspaces', workspaceId, 'tags'] as const,
};
