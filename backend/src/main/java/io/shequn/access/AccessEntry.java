package io.shequn.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.shequn.common.Enums;
import io.shequn.common.security.Principal;
import io.shequn.common.security.PrincipalType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One principal's access to one workspace: a user by OIDC subject, or a partner client by client id. */
@Entity
@Table(name = "workspace_access")
public class AccessEntry extends PanacheEntityBase {
    @Id
    @Column(name = "access_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(name = "principal_type", nullable = false)
    public String principalType;

    public String subject;

    @Column(name = "client_id")
    public String clientId;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(nullable = false)
    public Role role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public PrincipalType type() {
        return Enums.fromWire(PrincipalType.class, principalType);
    }

    public static Optional<AccessEntry> findFor(UUID workspaceId, Principal principal, boolean forUpdate) {
        var query = principal.isUser()
                ? find("workspaceId = ?1 and principalType = 'user' and subject = ?2", workspaceId, principal.subject())
                : find("workspaceId = ?1 and principalType = 'client' and clientId = ?2", workspaceId, principal.clientId());
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional();
    }

}
