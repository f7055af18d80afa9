package io.shequn.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person known to the workspace, with one identity per platform account. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {
    @Id
    @Column(name = "member_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(name = "display_name")
    public String displayName;

    public String tier;

    @Column(nullable = false)
    public long points;

    @Column(name = "source_channel")
    public String sourceChannel;

    @Column(name = "invited_by_member_id")
    public UUID invitedByMemberId;

    /** Personal data: masked for analysts. */
    public String phone;

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, Object> attributes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(50)[]")
    public String[] tags;

    /** The shop's own people inside groups; their answers are what response time measures. */
    @Column(nullable = false)
    public boolean staff;

    @Column(name = "staff_access_id")
    public UUID staffAccessId;

    @Column(name = "first_seen_at")
    public Instant firstSeenAt;

    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    /** Set when this record was merged into another: a tombstone, left out of every list. */
    @Column(name = "merged_into_member_id")
    public UUID mergedIntoMemberId;

    /** Set when the person's data was erased on request (PIPL); the record stays, anonymous. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
