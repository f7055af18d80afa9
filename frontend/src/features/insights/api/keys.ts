/** Query keys of the insights feature: figures, under the workspace's `metrics` key (events refresh them). */
export const insightKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'metrics', 'insights'] as const,
  silent: (workspaceId: string, params: object) => [...insightKeys.all(workspaceId), 'silent', params] as const,
  contributors: (workspaceId: string, params: object) => [...insightKeys.all(workspaceId), 'contributors', params] as const,
  retention: (workspaceId: string, params: object) => [...insightKeys.all(workspaceId), 'retention', params] as const,
  lifecycle: (workspaceId: string, params: object) => [...insightKeys.all(workspaceId), 'lifecycle', params] as const,
};
