import { useMyWorkspaces } from '@/features/workspaces/api/list-my-workspaces';

/** Roles that create, edit and archive groups (analysts and integrations only read in the console). */
const EDITING_ROLES = new Set(['owner', 'admin', 'operator']);

/** The caller's role in the workspace (from "my workspaces") and whether it may edit groups. */
export function useGroupEditing(workspaceId: string): { role: string | undefined; canEdit: boolean } {
  const { items } = useMyWorkspaces();
  const role = items.find((i) => i.workspace.id === workspaceId)?.role;
  return { role, canEdit: role !== undefined && EDITING_ROLES.has(role) };
}
