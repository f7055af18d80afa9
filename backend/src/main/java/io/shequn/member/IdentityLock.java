package io.shequn.member;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Orders, within a workspace, the writers that resolve identities to members or write under a
 * member they read (ingestion batches, member import chunks, API joins) and the changes that
 * take identities away from a member (merge, erasure). A batch resolves identities early and stores its events at commit; a merge
 * committed in between would leave those events, memberships and queued rollups under the
 * absorbed member. So a batch holds this lock shared from before it reads identities until it
 * commits, and a merge or an erasure takes it exclusively before any other lock: it waits for
 * the batches in flight (and then moves or anonymises what they stored), and the batches after
 * it wait and read identities as it left them. PostgreSQL queues a shared request behind a
 * waiting exclusive one, so a steady stream of batches does not starve a merge; a merge holds
 * the workspace's batches up for as long as it runs (and a batch waiting holds its place in the
 * replica's {@code IngestGate}: docs/api-guide.md).
 *
 * <p>Transaction-scoped advisory lock (class {@link #LOCK_CLASS}, hash of the workspace id):
 * no row is written to take it, and it is released at commit or rollback.
 */
public final class IdentityLock {
    static final int LOCK_CLASS = 21106;

    private IdentityLock() {
    }

    /** For an ingestion batch, an import chunk or a join, in its transaction, before it reads identities or members. */
    public static void share(AgroalDataSource ds, UUID workspaceId) {
        take(ds, "select pg_advisory_xact_lock_shared(?, hashtext(?))", workspaceId);
    }

    /** For a merge or an erasure, in its transaction, before any other lock. */
    static void exclusive(AgroalDataSource ds, UUID workspaceId) {
        take(ds, "select pg_advisory_xact_lock(?, hashtext(?))", workspaceId);
    }

    private static void take(AgroalDataSource ds, String sql, UUID workspaceId) {
        // within a transaction the data source hands out the transaction's own connection
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, LOCK_CLASS);
            ps.setString(2, workspaceId.toString());
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
