package io.shequn.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Transaction-scoped PostgreSQL advisory locks of a workspace, keyed by a lock class (one per
 * purpose) and the hash of the workspace id: nothing is written to take one, and it goes at
 * commit or rollback. Every backend replica shares them through the database.
 */
public final class WorkspaceLocks {
    private static final String HOLD = "select pg_advisory_xact_lock(?, hashtext(?))";

    private WorkspaceLocks() {
    }

    /** Waits for, then holds until the transaction ends, the lock alone. */
    public static void hold(Connection c, int lockClass, UUID workspaceId) throws SQLException {
        run(c, HOLD, lockClass, workspaceId).close();
    }

    /** {@link #hold} in the entity manager's transaction. */
    public static void hold(EntityManager em, int lockClass, UUID workspaceId) {
        em.createNativeQuery(HOLD).setParameter(1, lockClass).setParameter(2, workspaceId.toString()).getResultList();
    }

    /** Waits for, then holds until the transaction ends, the lock shared with other sharers. */
    public static void share(Connection c, int lockClass, UUID workspaceId) throws SQLException {
        run(c, "select pg_advisory_xact_lock_shared(?, hashtext(?))", lockClass, workspaceId).close();
    }

    /** The lock shared without waiting: false when someone holds it alone or is waiting to. */
    public static boolean tryShare(Connection c, int lockClass, UUID workspaceId) throws SQLException {
        try (ResultSet rs = run(c, "select pg_try_advisory_xact_lock_shared(?, hashtext(?))", lockClass, workspaceId)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** The lock alone without waiting: false when someone else holds it. */
    public static boolean tryHold(Connection c, int lockClass, UUID workspaceId) throws SQLException {
        try (ResultSet rs = run(c, "select pg_try_advisory_xact_lock(?, hashtext(?))", lockClass, workspaceId)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static ResultSet run(Connection c, String sql, int lockClass, UUID workspaceId) throws SQLException {
        PreparedStatement ps = Jdbc.prepare(c, sql, lockClass, workspaceId.toString());
        ps.closeOnCompletion();
        return ps.executeQuery();
    }
}
