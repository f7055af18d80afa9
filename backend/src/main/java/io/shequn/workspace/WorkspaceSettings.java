package io.shequn.workspace;

import io.shequn.common.error.ProblemException;
import java.util.UUID;

/**
 * A workspace as the other features read it: its settings, and the versions the ingestion
 * caches are checked against (member.IdentityCache, group.GroupKeyCache). The entity itself
 * stays inside this package.
 */
public record WorkspaceSettings(UUID id, String timeZone, String currency, boolean operatorsSeeAssignedGroupsOnly,
                                long identityVersion, long groupKeyVersion) {

    /** The workspace as the caller's transaction sees it; 404 when there is none. */
    public static WorkspaceSettings of(UUID workspaceId) {
        Workspace w = Workspace.findById(workspaceId);
        if (w == null) {
            throw ProblemException.notFound("Workspace");
        }
        return new WorkspaceSettings(w.id, w.timeZone, w.currency, w.operatorsSeeAssignedGroupsOnly, w.identityVersion,
                w.groupKeyVersion);
    }
}
