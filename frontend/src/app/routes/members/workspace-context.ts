import { useMemo } from 'react';
import { useGroups } from '@/features/groups/api/list-groups';
import { useWorkspace } from '@/features/workspaces/api/get-workspace';
import { useMyWorkspaces } from '@/features/workspaces/api/list-my-workspaces';

const EDITING_ROLES = new Set(['owner', 'admin', 'operator']);
const ERASING_ROLES = new Set(['owner', 'admin']);

/**
 * What the members pages need from other features: the workspace (time zone, currency), the
 * caller's role (analysts read only; erasure is for owners and admins) and group names.
 */
export function useMembersContext(workspaceId: string) {
  const workspace = useWorkspace(workspaceId);
  const { items } = useMyWorkspaces();
  const groups = useGroups(workspaceId);
  const role = items.find((i) => i.workspace.id === workspaceId)?.role;
  const groupList = useMemo(() => (groups.data?.items ?? []).map((g) => ({ id: g.id, name: g.name })), [groups.data]);
  return {
    workspace,
    timeZone: workspace.data?.workspace.timeZone ?? 'Asia/Shanghai',
    currency: workspace.data?.workspace.currency ?? 'CNY',
    canEdit: role !== undefined && EDITING_ROLES.has(role),
    canErase: role !== undefined && ERASING_ROLES.has(role),
    groups: groupList,
  };
}
