package io.shequn.segment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A group of tags in the catalog, e.g. 宝宝月龄, 购买品类. */
@Entity
@Table(name = "tag_group")
public class TagGroup extends PanacheEntityBase {
    @Id
    @Column(name = "tag_group_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
