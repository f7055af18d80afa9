package io.shequn.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Plain JDBC for tests that check what was stored, or what waits in PostgreSQL, beside the API. */
public final class Sql {
    private Sql() {
    }

    /** The first column of the first row, as a long (a count). */
    public static long count(DataSource ds, String query, Object... params) throws SQLException {
        String v = text(ds, query, params);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** The first column of the first row, as text; null when there is no row. */
    public static String text(DataSource ds, String query, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** Runs a statement on the caller's connection (to keep its transaction open). */
    public static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            s.execute();
        }
    }

    /** Polls a count until it is above zero, for up to 10 s: false if it never is. */
    public static boolean eventually(DataSource ds, String countQuery) throws SQLException, InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (count(ds, countQuery) > 0) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
