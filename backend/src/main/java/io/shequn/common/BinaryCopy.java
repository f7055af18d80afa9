package io.shequn.common;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in microseconds since 1970. */
    private static final long PG_EPOCH_MICROS = 946_684_800_000_000L;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;
    private final int columns;
    private int rows;

    public BinaryCopy(int columns, int expectedRows) {
        this.columns = columns;
        this.bytes = new ByteArrayOutputStream(64 + expectedRows * columns * 12);
        this.out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BinaryCopy row() {
        rows++;
        return write(() -> out.writeShort(columns));
    }

    public BinaryCopy uuid(UUID v) {
        return v == null ? nul() : write(() -> {
            out.writeInt(16);
            out.writeLong(v.getMostSignificantBits());
            out.writeLong(v.getLeastSignificantBits());
        });
    }

    /** timestamptz, microsecond precision. */
    public BinaryCopy timestamp(Instant v) {
        return v == null ? nul() : write(() -> {
            out.writeInt(8);
            out.writeLong(Math.addExact(Math.multiplyExact(v.getEpochSecond(), 1_000_000L), v.getNano() / 1000) - PG_EPOCH_MICROS);
        });
    }

    /** text, varchar, char(n). */
    public BinaryCopy text(String v) {
        if (v == null) {
            return nul();
        }
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        return write(() -> {
            out.writeInt(b.length);
            out.write(b);
        });
    }

    public BinaryCopy bytea(byte[] v) {
        return v == null ? nul() : write(() -> {
            out.writeInt(v.length);
            out.write(v);
        });
    }

    public BinaryCopy int8(Long v) {
        return v == null ? nul() : write(() -> {
            out.writeInt(8);
            out.writeLong(v);
        });
    }

    public BinaryCopy bool(boolean v) {
        return write(() -> {
            out.writeInt(1);
            out.writeByte(v ? 1 : 0);
        });
    }

    /** jsonb from its text: format version 1, then the JSON. */
    public BinaryCopy jsonb(String json) {
        if (json == null) {
            return nul();
        }
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return write(() -> {
            out.writeInt(b.length + 1);
            out.writeByte(1);
            out.write(b);
        });
    }

    private BinaryCopy nul() {
        return write(() -> out.writeInt(-1));
    }

    /**
     * Sends the rows with {@code copy <table> (<columns>) from stdin (format binary)} on the
     * connection (the transaction's own, unwrapped to the driver's), returns the rows copied.
     */
    public long into(Connection c, String table, String columnList) throws SQLException {
        write(() -> out.writeShort(-1)); // trailer
        byte[] data = bytes.toByteArray();
        var copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columnList + ") from stdin (format binary)");
        try {
            copy.writeToCopy(data, 0, data.length);
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

    private interface Write {
        void run() throws IOException;
    }

    private BinaryCopy write(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
