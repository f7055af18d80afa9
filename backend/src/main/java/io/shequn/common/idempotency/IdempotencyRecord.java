package io.shequn.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Scope scope;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A key is scoped to the caller, the workspace, the method and the path. */
    @Embeddable
    public record Scope(
            @Column(name = "workspace_id") UUID workspaceId,
            String principal,
            String method,
            String path,
            @Column(name = "idempotency_key") String key) implements Serializable {
    }
}
