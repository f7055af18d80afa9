// Test data of the groups tests.
import type { Group } from '../api/list-groups';

export const WS = '0190a7e0-0000-7000-8000-000000000001';
export const GROUP_1 = '0190a7e0-0000-7000-8000-0000000000a1';
export const GROUP_2 = '0190a7e0-0000-7000-8000-0000000000a2';
export const base = `/api/v1/workspaces/${WS}`;

export function group(id: string, name: string, more: Partial<Group> = {}): Group {
  return {
    id,
    name,
    platform: 'wechat',
    platformGroupId: `pg-${name}`,
    purpose: 'deals',
    entryThreshold: 'none',
    rules: null,
    welcomeMessage: null,
    tags: ['福利'],
    status: 'active',
    hardLimit: 350,
    targetSize: 200,
    seriesId: null,
    seriesPosition: null,
    ownerMemberId: null,
    assignedOperatorIds: [],
    memberCount: 180,
    createdAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-01T02:00:00Z',
    ...more,
  };
}

export const health = (groupId: string, score: number) => ({
  groupId,
  from: '2026-11-01',
  to: '2026-11-30',
  score,
  points: score / 20,
  checksCounted: 5,
  checks: [],
});
