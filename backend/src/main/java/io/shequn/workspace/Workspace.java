package io.shequn.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A workspace: one shop or brand, the tenant every record belongs to. */
@Entity
@Table(name = "workspace")
public class Workspace extends PanacheEntityBase {
    @Id
    @Column(name = "workspace_id")
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** IANA zone: metrics count days and ISO weeks in it. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** ISO 4217; money is stored as integer minor units of it. */
    @Column(nullable = false)
    public String currency;

    /** When true, operators see and work only the groups assigned to them. */
    @Column(name = "operators_see_assigned_groups_only", nullable = false)
    public boolean operatorsSeeAssignedGroupsOnly;

    /** Bumped with every change to which member an identity stands for (member.IdentityCache); never written from here. */
    @Column(name = "identity_version", insertable = false, updatable = false)
    public long identityVersion;

    /** Bumped with every change to a group's platform group id or assigned operators (group.GroupKeyCache); never written from here. */
    @Column(name = "group_key_version", insertable = false, updatable = false)
    public long groupKeyVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
