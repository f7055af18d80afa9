/** The console's URLs, in one place. */
export const paths = {
  home: () => '/',
  workspace: (workspaceId: string) => `/w/${workspaceId}`,
  workspaceSection: (workspaceId: string, section: WorkspaceSection) =>
    section === 'dashboard' ? `/w/${workspaceId}` : `/w/${workspaceId}/${section}`,
  member: (workspaceId: string, memberId: string) => `/w/${workspaceId}/members/${memberId}`,
  memberSegments: (workspaceId: string) => `/w/${workspaceId}/members/segments`,
  memberImports: (workspaceId: string) => `/w/${workspaceId}/members/imports`,
};

export const WORKSPACE_SECTIONS = ['dashboard', 'groups', 'members', 'activities', 'settings'] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];
