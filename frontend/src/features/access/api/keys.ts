/**
 * Query keys of the access feature (people, partner clients, invitations). They start with
 * ['workspaces', id] like every key of a workspace.
 */
export const accessKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'access'] as const,
  list: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'access', 'list', params] as const,
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
  invitationList: (workspaceId: string, params: object) => ['workspaces', workspaceId, 'invitations', 'list', params] as const,
};
