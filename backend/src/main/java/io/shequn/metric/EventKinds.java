package io.shequn.metric;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which event types make a member's day active, a buyer's or an inviter's (the kinds of
 * member_day), as the event_type table says (V16__event_type_classification.sql): the rows
 * metric_rebuild() joins, so the rollup writer, the raw figures of groups and segments and the
 * rebuild classify alike. Read once: the table changes only by a migration, which runs before
 * the application starts.
 */
public final class EventKinds {
    private static final String[] NONE = {};
    private static volatile EventKinds loaded;

    private final Map<String, String[]> byType;
    private final String notActive;

    private EventKinds(Map<String, String[]> byType) {
        this.byType = byType;
        StringJoiner list = new StringJoiner(", ", "(", ")");
        byType.entrySet().stream().filter(e -> !List.of(e.getValue()).contains(Rollups.ACTIVE)).map(Map.Entry::getKey).sorted()
                .forEach(type -> list.add("'" + type + "'"));
        this.notActive = list.toString();
    }

    public static EventKinds load(Connection c) throws SQLException {
        EventKinds kinds = loaded;
        if (kinds == null) {
            Map<String, String[]> byType = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select type, active, buyer, inviter from event_type");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> k = new ArrayList<>(3);
                    if (rs.getBoolean(2)) k.add(Rollups.ACTIVE);
                    if (rs.getBoolean(3)) k.add(Rollups.BUYER);
                    if (rs.getBoolean(4)) k.add(Rollups.INVITER);
                    String type = rs.getString(1);
                    if (!type.matches("[a-z_]+")) {
                        throw new IllegalStateException("unexpected event type " + type);
                    }
                    byType.put(type, k.toArray(String[]::new));
                }
            }
            loaded = kinds = new EventKinds(byType);
        }
        return kinds;
    }

    /**
     * The types that do not make a day active, as an SQL list for "type not in ...", for the
     * queries over raw events (silent members, retention, lifecycle): a literal list, so the
     * planner estimates the condition as before. The types are our own rows (checked below).
     */
    public String notActiveSql() {
        return notActive;
    }

    /** The member_day kinds an event of this type gives its member's day (none for joined and left). */
    String[] of(String type) {
        return byType.getOrDefault(type, NONE);
    }
}
