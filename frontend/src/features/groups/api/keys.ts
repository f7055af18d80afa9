import { queryKeys } from '@/lib/query-keys';

/**
 * The groups feature's query keys. Groups and their members live under the workspace's
 * `groups` key; ranking and health are figures, under the workspace's `metrics` key, so that
 * whatever refreshes the figures refreshes them too.
 */
export const groupKeys = {
  all: (workspaceId: string) => queryKeys.groups.all(workspaceId),
  list: (workspaceId: string, params: object) => [...queryKeys.groups.all(workspaceId), 'list', params] as const,
  detail: (workspaceId: string, groupId: string) => [...queryKeys.groups.all(workspaceId), 'detail', groupId] as const,
  ranking: (workspaceId: string, params: object) => [...queryKeys.metrics.all(workspaceId), 'ranking', params] as const,
  health: (workspaceId: string, groupId: string, params: object) =>
    [...queryKeys.metrics.all(workspaceId), 'health', groupId, params] as const,
};
