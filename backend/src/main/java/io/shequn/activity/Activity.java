package io.shequn.activity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An activity (活动): its plan, where it is in its lifecycle, its review and frozen results. */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {
    @Id
    @Column(name = "activity_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public boolean commercial;

    /** ActivityDtos.Goal as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String goal;

    @Column(name = "budget_minor")
    public Long budgetMinor;

    @Column(name = "other_spend_minor", nullable = false)
    public long otherSpendMinor;

    @Column(nullable = false, length = 3)
    public String currency;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "target_group_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] targetGroupIds;

    @Column(name = "segment_id")
    public UUID segmentId;

    @Column(name = "start_at", nullable = false)
    public Instant startAt;

    @Column(name = "end_at", nullable = false)
    public Instant endAt;

    @Column(name = "rules_text")
    public String rulesText;

    /** ActivityDtos.Promotion as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String promotion;

    /** ActivitySettings as JSON, with its type. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String settings;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    /** ActivityDtos.ReviewView as JSON; null until written. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String review;

    /** ActivityDtos.Results as they were at the first review; null before. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "frozen_results", columnDefinition = "jsonb")
    public String frozenResults;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
