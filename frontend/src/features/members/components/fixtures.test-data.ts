// Test data shared by the members tests.
import type { MemberEvent } from '../api/list-member-events';
import type { Membership } from '../api/list-member-memberships';
import type { Member } from '../api/list-members';

export const WS = '0190a7e0-0000-7000-8000-000000000001';
export const GROUP_1 = '0190a7e0-0000-7000-8000-0000000000a1';
export const GROUP_2 = '0190a7e0-0000-7000-8000-0000000000a2';
export const BASE = `/api/v1/workspaces/${WS}`;
export const GROUPS = [
  { id: GROUP_1, name: '宝妈福利群 1' },
  { id: GROUP_2, name: 'VIP 会员群' },
];

export function member(n: number, patch: Partial<Member> = {}): Member {
  return {
    id: `0190a7e0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    displayName: `王妈妈${n}`,
    identities: [{ platform: 'wechat', platformUserId: `demo-u${n}` }],
    tags: ['宝妈'],
    tier: 'regular',
    points: 120,
    sourceChannel: 'package_card',
    invitedByMemberId: null,
    phone: '13800138000',
    notes: null,
    attributes: null,
    staff: false,
    staffAccessId: null,
    firstSeenAt: '2026-11-20T02:00:00Z',
    lastSeenAt: '2026-11-22T12:05:00Z',
    createdAt: '2026-11-20T02:00:00Z',
    updatedAt: '2026-11-22T12:05:00Z',
    ...patch,
  };
}

export function event(n: number, patch: Partial<MemberEvent> = {}): MemberEvent {
  return {
    id: `0190a7e0-0000-7000-8000-e${String(n).padStart(11, '0')}`,
    type: 'message',
    groupId: GROUP_1,
    memberId: member(1).id,
    platform: 'wechat',
    platformEventId: `demo-${n}`,
    occurredAt: '2026-11-22T12:05:00Z',
    receivedAt: '2026-11-22T12:05:01Z',
    late: false,
    staff: false,
    activityId: null,
    amount: null,
    currency: null,
    inviterMemberId: null,
    questionEventId: null,
    scheduleItemId: null,
    kind: null,
    text: null,
    name: null,
    data: null,
    ...patch,
  };
}

export function membership(patch: Partial<Membership> = {}): Membership {
  return {
    id: '0190a7e0-0000-7000-8000-0000000000c1',
    groupId: GROUP_1,
    memberId: member(1).id,
    role: 'member',
    joinedAt: '2026-11-20T02:00:00Z',
    joinChannel: 'package_card',
    invitedByMemberId: null,
    leftAt: null,
    leftReason: null,
    ...patch,
  };
}

export const emptyCatalog = { groups: [], tags: [{ id: '0190a7e0-0000-7000-8000-0000000000t1', name: '宝妈', tagGroupId: null, description: null, createdAt: '2026-11-01T00:00:00Z' }] };

