package io.shequn.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member in a group, from joining to leaving. Never deleted: rejoining opens a new one. */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {
    @Id
    @Column(name = "membership_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(nullable = false)
    public String role;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Column(name = "join_channel")
    public String joinChannel;

    @Column(name = "invited_by_member_id")
    public UUID invitedByMemberId;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "left_reason")
    public String leftReason;
}
