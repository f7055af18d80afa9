import { queryKeys } from '@/lib/query-keys';

/**
 * The groups feature's query keys. Groups, series and memberships live under the workspace's
 * `groups` key (a write invalidates them all); ranking, health and the lifecycle curve are
 * figures, under the workspace's `metrics` key, so that whatever refreshes the figures
 * refreshes them too.
 */
export const groupKeys = {
  all: (workspaceId: string) => queryKeys.groups.all(workspaceId),
  list: (workspaceId: string, params: object) => [...queryKeys.groups.all(workspaceId), 'list', params] as const,
  detail: (workspaceId: string, groupId: string) => [...queryKeys.groups.all(workspaceId), 'detail', groupId] as const,
  memberships: (workspaceId: string, groupId: string, params: object) =>
    [...queryKeys.groups.all(workspaceId), 'memberships', groupId, params] as const,
  events: (workspaceId: string, groupId: string, params: object) =>
    [...queryKeys.groups.all(workspaceId), 'events', groupId, params] as const,
  series: (workspaceId: string) => [...queryKeys.groups.all(workspaceId), 'series'] as const,
  ranking: (workspaceId: string, params: object) => [...queryKeys.metrics.all(workspaceId), 'ranking', params] as const,
  health: (workspaceId: string, groupId: string, params: object) =>
    [...queryKeys.metrics.all(workspaceId), 'health', groupId, params] as const,
  lifecycle: (workspaceId: string, groupId: string, days: number) =>
    [...queryKeys.metrics.all(workspaceId), 'lifecycle', groupId, days] as const,
};
