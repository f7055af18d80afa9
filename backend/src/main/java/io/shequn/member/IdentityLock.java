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
 * it runs. An ingestion batch does not queue for the lock inside its transaction: it takes it
 * with {@link #shareNow}, and when a merge or an erasure holds it or waits for it, the batch
 * rolls back and waits outside the replica's {@code IngestGate}, so the other workspaces'
 * batches keep their writer slots (docs/api-guide.md).
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

    /**
     * For an ingestion batch, in its transaction, before it reads identities: the lock shared
     * if no merge or erasure of the workspace holds it or waits for it, else {@link Busy}.
     */
    public static void shareNow(AgroalDataSource ds, UUID workspaceId) {
        try (Connection c = ds.getConnection()) {
            if (!WorkspaceLocks.tryShare(c, LOCK_CLASS, workspaceId)) {
                throw new Busy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A merge or an erasure of the workspace is running or waiting: the transaction that met it
     * rolls back, and its caller tries again once the merge is over.
     */
    public static final class Busy extends RuntimeException {
        public Busy() {
            super("a merge or an erasure of members is running in this workspace", null, false, false);
        }
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
