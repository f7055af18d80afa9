package io.shequn.event;

import io.shequn.common.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An event's {@code activityId} must name an activity of the workspace: those ids come from the
 * product, so a wrong one is a client bug and the item is rejected (the others go on). One
 * indexed read per request, over the distinct ids of its items; plain SQL on the activity table
 * keeps the event package independent of the activity feature.
 */
final class ActivityRefs {
    private ActivityRefs() {
    }

    static void check(Connection c, UUID ws, List<EventItem> items) throws SQLException {
        UUID[] asked = items.stream().map(i -> i.activityId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        if (asked.length == 0) {
            return;
        }
        Set<UUID> known = new HashSet<>();
        try (PreparedStatement ps = Jdbc.prepare(c, "select activity_id from activity where workspace_id = ? and activity_id = any(?)",
                ws, asked); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                known.add(rs.getObject(1, UUID.class));
            }
        }
        for (EventItem i : items) {
            if (i.activityId != null && !known.contains(i.activityId)) {
                i.reject("/activityId", "no such activity in this workspace");
            }
        }
    }
}
