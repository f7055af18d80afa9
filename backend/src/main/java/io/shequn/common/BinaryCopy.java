package io.shequn.common;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's binary COPY (the format of the COPY documentation: a signature, then per
 * row a field count and length-prefixed fields in each type's binary form), written into the
 * caller's transaction. The bulk paths use it where a multi-row INSERT would make the driver
 * encode, and the server parse, every value as text.
 */
public final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    private final ByteWriter out;
    private final int columns;
    private int rows;

    public BinaryCopy(int columns, int expectedRows) {
        this.columns = columns;
        this.out = new ByteWriter(64 + expectedRows * columns * 12);
        out.bytes(SIGNATURE).i32(0).i32(0); // flags, header extension length
    }

    public BinaryCopy row() {
        rows++;
        out.i16(columns);
        return this;
    }

    public BinaryCopy uuid(UUID v) {
        PgBinary.uuid(out, v);
        return this;
    }

    /** timestamptz, microsecond precision. */
    public BinaryCopy timestamp(Instant v) {
        PgBinary.timestamp(out, v);
        return this;
    }

    /** text, varchar, char(n). */
    public BinaryCopy text(String v) {
        return v == null ? nul() : bytea(v.getBytes(StandardCharsets.UTF_8));
    }

    public BinaryCopy bytea(byte[] v) {
        PgBinary.bytes(out, v);
        return this;
    }

    public BinaryCopy int8(Long v) {
        PgBinary.int8(out, v);
        return this;
    }

    public BinaryCopy bool(boolean v) {
        out.i32(1).u8(v ? 1 : 0);
        return this;
    }

    /** jsonb from its text: format version 1, then the JSON. */
    public BinaryCopy jsonb(String json) {
        if (json == null) {
            return nul();
        }
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        out.i32(b.length + 1).u8(1).bytes(b);
        return this;
    }

    private BinaryCopy nul() {
        PgBinary.nul(out);
        return this;
    }

    /**
     * Sends the rows with {@code copy <table> (<columns>) from stdin (format binary)} on the
     * connection (the transaction's own, unwrapped to the driver's), returns the rows copied.
     */
    public long into(Connection c, String table, String columnList) throws SQLException {
        out.i16(-1); // trailer
        var copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columnList + ") from stdin (format binary)");
        try {
            copy.writeToCopy(out.array(), 0, out.length());
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * {@link #into}, undone when a row's unique key is already taken (by a row committed before,
     * or by a concurrent transaction that commits it: COPY waits for that one): false then, and
     * the transaction goes on as before the call. The savepoint is taken in SQL: the pool refuses
     * JDBC savepoint calls on a connection enlisted in a transaction. (PostgreSQL's own log
     * records the violation.)
     */
    public boolean intoUnlessTaken(Connection c, String table, String columnList) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("savepoint copy_unless_taken");
            try {
                into(c, table, columnList);
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                s.execute("rollback to savepoint copy_unless_taken");
                return false;
            }
            s.execute("release savepoint copy_unless_taken");
            return true;
        }
    }

    public int rows() {
        return rows;
    }
}
