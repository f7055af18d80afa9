package io.shequn.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation of a user by email; bound to the user whose token carries that email, verified. */
@Entity
@Table(name = "workspace_invitation")
public class Invitation extends PanacheEntityBase {
    @Id
    @Column(name = "invitation_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    /** Lower-cased. */
    @Column(nullable = false)
    public String email;

    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public InvitationStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
