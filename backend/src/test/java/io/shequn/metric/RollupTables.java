package io.shequn.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The rollup tables of a workspace read back, and rebuilt by metric_rebuild() from the events. */
final class RollupTables {
    private RollupTables() {
    }

    /** The rollups of a workspace as sorted text rows (zero counters and compaction left out). */
    static Map<String, List<String>> read(AgroalDataSource ds, UUID ws) throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("metric_day", "select scope_id, day, type, events, amount_minor, amount_events, other_currency from metric_day where workspace_id = ?");
        queries.put("workspace_day", "select day, type, events, amount_minor, amount_events, other_currency from workspace_day where workspace_id = ?");
        queries.put("member_day", "select kind, member_id, day from member_day where workspace_id = ?");
        queries.put("member_day_count", "select kind, day, n from member_day_count where workspace_id = ? and n <> 0");
        queries.put("distinct_hist", "select kind, day, prev_day, n from distinct_hist where workspace_id = ? and n <> 0");
        queries.put("question", "select platform, question_key, group_id, member_id, asker_staff, asked_at, asked_day, answered_at from question where workspace_id = ?");
        queries.put("member_presence", "select member_id, from_at, to_at from member_presence where workspace_id = ?");
        queries.put("presence_delta", "select day, prev_end_day, sum(entered), sum(left_) from presence_delta where workspace_id = ?"
                + " group by day, prev_end_day having sum(entered) <> 0 or sum(left_) <> 0");
        queries.put("presence_net", "select day, sum(net) from presence_net where workspace_id = ? group by day having sum(net) <> 0");
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = ds.getConnection()) {
            for (var q : queries.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(q.getValue())) {
                    ps.setObject(1, ws);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
                            rows.add(row.toString());
                        }
                    }
                }
                rows.sort(null);
                out.put(q.getKey(), rows);
            }
        }
        return out;
    }

    /** metric_rebuild() as an operator runs it: refused outside REPEATABLE READ, then in one snapshot. */
    static void rebuild(AgroalDataSource ds, UUID ws) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select metric_rebuild(?)")) {
            ps.setObject(1, ws);
            // one snapshot or nothing: under READ COMMITTED an event committed meanwhile could count twice
            SQLException refused = assertThrows(SQLException.class, ps::execute);
            assertTrue(refused.getMessage().contains("REPEATABLE READ"), refused.getMessage());
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            ps.execute();
            c.commit();
        }
    }

    /** Every table as the rollup writer kept it equals the table rebuilt from the events. */
    static void assertSame(Map<String, List<String>> kept, Map<String, List<String>> rebuilt) {
        for (String table : kept.keySet()) {
            assertEquals(rebuilt.get(table), kept.get(table), table + ": kept by the rollup writer = rebuilt from the events");
        }
    }
}
