package io.shequn.member;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A CSV import job. The API creates and reads it through this entity; the worker
 * (MemberImportWorker) advances it with plain JDBC, batch by batch.
 */
@Entity
@Table(name = "member_import")
public class MemberImport extends PanacheEntityBase {
    @Id
    @Column(name = "import_id")
    public UUID id;

    @Column(name = "workspace_id", nullable = false)
    public UUID workspaceId;

    @Column(nullable = false)
    public String status;

    @Column(name = "file_sha256", nullable = false)
    public String fileSha256;

    @Column(name = "file_bytes", nullable = false)
    public long fileBytes;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "restrict_to_access_id")
    public UUID restrictToAccessId;

    @Column(name = "rows_total")
    public Integer rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "rows_imported", nullable = false)
    public int rowsImported;

    @Column(name = "rows_updated", nullable = false)
    public int rowsUpdated;

    @Column(name = "rows_failed", nullable = false)
    public int rowsFailed;

    public String error;

    @Column(name = "worker_token")
    public UUID workerToken;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
