package io.shequn.member;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** The JSON shapes of CSV import jobs, as openapi.yaml names them. */
public final class MemberImportDtos {
    private MemberImportDtos() {
    }

    public enum Status {
        @JsonProperty("queued") QUEUED,
        @JsonProperty("running") RUNNING,
        @JsonProperty("succeeded") SUCCEEDED,
        @JsonProperty("failed") FAILED
    }

    public record ImportView(UUID id, Status status, String fileSha256, long fileBytes, Integer rowsTotal, int rowsDone,
                             int rowsImported, int rowsUpdated, int rowsFailed, String error, Instant createdAt,
                             Instant startedAt, Instant finishedAt) {
        static ImportView of(MemberImport j) {
            return new ImportView(j.id, io.shequn.common.Enums.fromWire(Status.class, j.status), j.fileSha256, j.fileBytes,
                    j.rowsTotal, j.rowsDone, j.rowsImported, j.rowsUpdated, j.rowsFailed, j.error, j.createdAt, j.startedAt,
                    j.finishedAt);
        }
    }

    /** One problem of one row: the file's line (1 is the header), the column when one is at fault. */
    public record RowError(int line, String column, String message) {
    }
}
