package io.shequn.metric;

import io.shequn.event.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the metric rollups in step with the facts, in the same transaction that writes the
 * facts: an acknowledged event is a counted event (docs/metrics.md, Freshness).
 */
@ApplicationScoped
public class Rollups {

    /** Events just stored by the ingestion path, on the connection of its transaction. */
    public void eventsStored(Connection c, UUID workspaceId, ZoneId zone, List<StoredEvent> events) throws SQLException {
        // filled in by the metrics engine
    }

    /** After the absorbed member's events and memberships were moved to the survivor. */
    public void membersMerged(Connection c, UUID workspaceId, UUID absorbedId, UUID survivorId) throws SQLException {
        // filled in by the metrics engine
    }
}
