package io.shequn.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Groups opened one after another from the same entry point (a "never-full" group QR code):
 * new members go to the first group below its target size; when all are at target, the
 * next group is opened from this template.
 */
@Entity
@Table(name = "group_series")
public class GroupSeries extends PanacheEntityBase {
    @Id
    @Column(name = "series_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String platform;

    /** Name of the groups it opens; "{n}" is the group's position in the series. */
    @Column(name = "name_pattern", nullable = false)
    public String namePattern;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "hard_limit", nullable = false)
    public int hardLimit;

    @Column(name = "target_size", nullable = false)
    public int targetSize;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
