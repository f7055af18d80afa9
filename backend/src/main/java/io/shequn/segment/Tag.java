package io.shequn.segment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tag of the catalog; members carry tags by name. */
@Entity
@Table(name = "tag")
public class Tag extends PanacheEntityBase {
    @Id
    @Column(name = "tag_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(name = "tag_group_id")
    public UUID tagGroupId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
