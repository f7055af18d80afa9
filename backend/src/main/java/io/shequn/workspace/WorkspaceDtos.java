package io.shequn.workspace;

import io.shequn.access.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of the workspace operations, as openapi.yaml names them. */
public final class WorkspaceDtos {
    private WorkspaceDtos() {
    }

    public record WorkspaceView(UUID id, String name, String timeZone, String currency, boolean operatorsSeeAssignedGroupsOnly,
                                Instant createdAt, Instant updatedAt) {
        static WorkspaceView of(Workspace w) {
            return new WorkspaceView(w.id, w.name, w.timeZone, w.currency, w.operatorsSeeAssignedGroupsOnly, w.createdAt, w.updatedAt);
        }
    }

    public record MyWorkspace(WorkspaceView workspace, Role role) {
    }

    public record WorkspaceCreate(
            @NotBlank @Size(max = 100) String name,
            @Size(min = 1, max = 64) String timeZone,
            @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY") String currency) {
    }

    public record WorkspaceUpdate(
            @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
            @Size(min = 1, max = 64) String timeZone,
            @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as CNY") String currency,
            Boolean operatorsSeeAssignedGroupsOnly) {
    }
}
