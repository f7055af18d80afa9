package io.shequn.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer group (社群) on one chat platform. Enumerations are stored by their wire names. */
@Entity
@Table(name = "chat_group")
public class ChatGroup extends PanacheEntityBase {
    @Id
    @Column(name = "group_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String platform;

    @Column(name = "platform_group_id")
    public String platformGroupId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "entry_threshold", nullable = false)
    public String entryThreshold;

    public String rules;

    @Column(name = "welcome_message")
    public String welcomeMessage;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(50)[]")
    public String[] tags;

    @Column(nullable = false)
    public String status;

    @Column(name = "hard_limit", nullable = false)
    public int hardLimit;

    @Column(name = "target_size", nullable = false)
    public int targetSize;

    @Column(name = "series_id")
    public UUID seriesId;

    @Column(name = "series_position")
    public Integer seriesPosition;

    @Column(name = "owner_member_id")
    public UUID ownerMemberId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "assigned_operator_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] assignedOperatorIds;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
