package io.shequn.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A platform account (platform + that platform's user id) of a member; unique per workspace. */
@Entity
@Table(name = "member_identity")
public class MemberIdentity extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(
            @Column(name = "workspace_id") UUID workspaceId,
            String platform,
            @Column(name = "platform_user_id") String platformUserId) implements Serializable {
    }
}
