package io.shequn.member;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Data kept on member ids outside this package that a merge must rewrite in its own
 * transaction: the metric rollups (metric.Rollups). Declared here so that the member
 * package does not depend on the metrics, which read members.
 */
public interface MergeFollower {
    /**
     * Waits for, then holds until commit, the right to write that data of the workspace. A
     * merge takes it before any member row lock: the writer updates member rows while holding it.
     */
    void holdWriterLock(Connection c, UUID workspaceId) throws SQLException;

    /** Moves the absorbed member's share of that data to the survivor, in the caller's transaction. */
    void membersMerged(Connection c, UUID workspaceId, UUID absorbedId, UUID survivorId) throws SQLException;
}
