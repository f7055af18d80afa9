package io.shequn.member;

import io.agroal.api.AgroalDataSource;
import io.shequn.common.WorkspaceLocks;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Orders, within a workspace, the writers that resolve identities to members or write under a
 * member they read (ingestion batches, member import chunks, API joins) and the changes that
 * take identities away from a member (merge, erasure). A batch resolves identities early and
 * stores its events at commit; a merge committed in between would leave those events,
 * memberships and queued rollups under the absorbed member. So a batch holds this lock shared
 * from before it reads identities until it commits, and a merge or an erasure takes it
 * exclusively before any other lock: it waits for the batches in flight (and then moves or
 * anonymises what they stored), and the batches after it wait and read identities as it left
 * them. PostgreSQL queues a shared request behind a waiting exclusive one, so a steady stream
 * of batches does not starve a merge; a merge holds the workspace's batches up for as long as
 * it runs (and a batch waiting holds its place in the replica's {@code IngestGate}:
 * docs/api-guide.md).
 *
 * <p>A {@link WorkspaceLocks} lock of class {@link #LOCK_CLASS}.
 */
public final class IdentityLock {
    static final int LOCK_CLASS = 21106;

    private IdentityLock() {
    }

    /** For an ingestion batch, an import chunk or a join, in its transaction, before it reads identities or members. */
    public static void share(AgroalDataSource ds, UUID workspaceId) {
        take(ds, workspaceId, true);
    }

    /** For a merge or an erasure, in its transaction, before any other lock. */
    static void exclusive(AgroalDataSource ds, UUID workspaceId) {
        take(ds, workspaceId, false);
    }

    private static void take(AgroalDataSource ds, UUID workspaceId, boolean shared) {
        // within a transaction the data source hands out the transaction's own connection
        try (Connection c = ds.getConnection()) {
            if (shared) {
                WorkspaceLocks.share(c, LOCK_CLASS, workspaceId);
            } else {
                WorkspaceLocks.hold(c, LOCK_CLASS, workspaceId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
