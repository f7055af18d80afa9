// Test data shared by the access tests.
import type { AccessEntry } from '../api/list-access';
import type { Invitation } from '../api/list-invitations';

export const WS = '0190a7e0-0000-7000-8000-000000000001';
export const base = `/api/v1/workspaces/${WS}`;

export const owner: AccessEntry = {
  id: '0190a7e0-0000-7000-8000-0000000000c1',
  type: 'user',
  role: 'owner',
  subject: 'sub-owner',
  email: 'owner@shequn.demo',
  displayName: '林店长',
  clientId: null,
  createdAt: '2026-01-05T02:00:00Z',
  lastSeenAt: '2026-12-01T02:00:00Z',
};

export const operator: AccessEntry = {
  ...owner,
  id: '0190a7e0-0000-7000-8000-0000000000c2',
  role: 'operator',
  subject: 'sub-operator',
  email: 'operator@shequn.demo',
  displayName: '小王',
  lastSeenAt: null,
};

export const partner: AccessEntry = {
  id: '0190a7e0-0000-7000-8000-0000000000c3',
  type: 'client',
  role: 'integration',
  subject: null,
  email: null,
  displayName: '有赞群助手',
  clientId: 'youzan-bot',
  createdAt: '2026-02-01T02:00:00Z',
  lastSeenAt: null,
};

export const invitation: Invitation = {
  id: '0190a7e0-0000-7000-8000-0000000000d1',
  workspaceId: WS,
  email: 'newcomer@shequn.demo',
  role: 'operator',
  status: 'pending',
  createdAt: '2026-11-30T16:30:00Z',
  acceptedAt: null,
};
