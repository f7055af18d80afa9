/** The console's URLs, in one place. */
export const paths = {
  home: () => '/',
  workspace: (workspaceId: string) => `/w/${workspaceId}`,
  workspaceSection: (workspaceId: string, section: WorkspaceSection) =>
    section === 'dashboard' ? `/w/${workspaceId}` : `/w/${workspaceId}/${section}`,
  groups: (workspaceId: string) => `/w/${workspaceId}/groups`,
  group: (workspaceId: string, groupId: string) => `/w/${workspaceId}/groups/${groupId}`,
  member: (workspaceId: string, memberId: string) => `/w/${workspaceId}/members/${memberId}`,
  memberSegments: (workspaceId: string) => `/w/${workspaceId}/members/segments`,
};

/** The sections of a workspace, in the order of the menu (each one lazy-loaded in router.tsx). */
export const WORKSPACE_SECTIONS = [
  'dashboard',
  'groups',
  'members',
  'insights',
  'alerts',
  'imports',
  'activities',
  'settings',
] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];
