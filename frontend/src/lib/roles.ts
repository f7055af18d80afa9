import type { components } from '@/api/schema';

export type Role = components['schemas']['Role'];

/**
 * What each role may do in the console (openapi.yaml, Role). The API enforces it; the console
 * only hides the controls a role cannot use, so nobody meets a button that answers 403.
 */
export const can = {
  /** Resolve alerts: owners, admins, operators. */
  resolveAlerts: (role: Role | undefined) => role === 'owner' || role === 'admin' || role === 'operator',
  /** Workspace settings, people, partner clients, thresholds, audit log: owners and admins. */
  manageWorkspace: (role: Role | undefined) => role === 'owner' || role === 'admin',
  /** Grant, change or remove the owner role: owners only. */
  manageOwners: (role: Role | undefined) => role === 'owner',
};
