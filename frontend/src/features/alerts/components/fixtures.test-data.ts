// Test data shared by the alerts tests.
import type { Alert } from '../api/list-alerts';

export const WS = '0190a7e0-0000-7000-8000-000000000001';
export const GROUP_1 = '0190a7e0-0000-7000-8000-0000000000a1';
export const GROUP_2 = '0190a7e0-0000-7000-8000-0000000000a2';
export const groups = [
  { id: GROUP_1, name: '宝妈福利群 1' },
  { id: GROUP_2, name: '宝妈福利群 2' },
];

export const alert: Alert = {
  id: '0190a7e0-0000-7000-8000-0000000000f1',
  groupId: GROUP_1,
  kind: 'response_time',
  state: 'open',
  raisedAt: '2026-11-22T16:00:00Z',
  metric: 'responseTimeMeanSeconds',
  value: 102.125,
  threshold: 30,
  detail: null,
  resolvedAt: null,
  resolvedBy: null,
  resolutionNote: null,
};

export const overCapacity: Alert = {
  ...alert,
  id: '0190a7e0-0000-7000-8000-0000000000f2',
  groupId: GROUP_2,
  kind: 'over_capacity',
  metric: 'member_count',
  value: 351,
  threshold: 350,
};

export const resolvedAlert: Alert = {
  ...alert,
  id: '0190a7e0-0000-7000-8000-0000000000f3',
  kind: 'coupon_redemption_rate',
  value: 0.25,
  threshold: 0.4,
  state: 'resolved',
  resolvedAt: '2026-11-23T02:30:00Z',
  resolvedBy: 'user:sub-operator',
  resolutionNote: '补发了优惠券提醒',
};
