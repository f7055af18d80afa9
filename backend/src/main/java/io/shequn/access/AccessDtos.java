package io.shequn.access;

import io.shequn.common.security.PrincipalType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the access operations, as openapi.yaml names them. */
public final class AccessDtos {
    private AccessDtos() {
    }

    public record AccessView(UUID id, PrincipalType type, Role role, String subject, String email, String displayName,
                             String clientId, Instant createdAt, Instant lastSeenAt) {
        static AccessView of(AccessEntry a) {
            return new AccessView(a.id, a.type(), a.role, a.subject, a.email, a.displayName, a.clientId, a.createdAt, a.lastSeenAt);
        }
    }

    public record ClientAccessCreate(
            @NotBlank @Size(max = 255) String clientId,
            @Size(max = 100) String displayName,
            @NotNull Role role) {
    }

    public record AccessUpdate(@NotNull Role role) {
    }

    public record InvitationView(UUID id, UUID workspaceId, String email, Role role, InvitationStatus status,
                                 Instant createdAt, Instant acceptedAt) {
        static InvitationView of(Invitation i) {
            return new InvitationView(i.id, i.workspaceId, i.email, i.role, i.status, i.createdAt, i.acceptedAt);
        }
    }

    public record InvitationCreate(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role) {
    }

    public record MyInvitation(UUID id, UUID workspaceId, String workspaceName, Role role, Instant createdAt) {
    }

    public record MyInvitationList(List<MyInvitation> items) {
    }

    public record MeView(String subject, PrincipalType type, String clientId, String email, boolean emailVerified, String name) {
    }
}
