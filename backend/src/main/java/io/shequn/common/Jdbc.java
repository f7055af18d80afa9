package io.shequn.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

/**
 * The small plain-JDBC helpers of the paths that skip Hibernate (bulk writes, rollups, reads
 * over many rows), with one way of binding parameters: an Instant as timestamptz, a UUID[] as a
 * binary uuid[] ({@link BinaryArray}; timestamptz[] and date[] likewise through BinaryArray,
 * int8[] as a long[], which the driver sends in binary itself); anything else as the driver
 * binds it (text and boolean arrays by Connection.createArrayOf).
 */
public final class Jdbc {
    private Jdbc() {
    }

    /** A statement with its parameters bound in order; the caller closes it. */
    public static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
        return ps;
    }

    public static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof Instant t) {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (value instanceof UUID[] ids) {
            ps.setObject(index, BinaryArray.uuids(Arrays.asList(ids)));
        } else {
            ps.setObject(index, value);
        }
    }

    /** Runs a statement that returns no rows; answers the rows it changed. */
    public static int exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row (null when it is null, or when there is no row). */
    public static <T> T scalar(Connection c, Class<T> type, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getObject(1, type) : null;
        }
    }
}
