/** Query keys of the segments feature (under the workspace's key; bulk tagging invalidates them by prefix). */
export const segmentKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'segments'] as const,
  list: (workspaceId: string, params: object) => [...segmentKeys.all(workspaceId), 'list', params] as const,
};
