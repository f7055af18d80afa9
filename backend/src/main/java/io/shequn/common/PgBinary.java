package io.shequn.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Values in PostgreSQL's binary format, as the bulk paths send them: each one its 4-byte length
 * (-1 for null), then its bytes. A field of a binary COPY row ({@link BinaryCopy}) and an element
 * of a binary array ({@link BinaryArray}) are written alike.
 */
final class PgBinary {
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in microseconds since 1970. */
    private static final long EPOCH_MICROS = 946_684_800_000_000L;
    /** 2000-01-01, PostgreSQL's date epoch, in days since 1970-01-01. */
    private static final long EPOCH_DAY = 10_957;

    private PgBinary() {
    }

    static void uuid(ByteWriter out, UUID v) {
        if (v == null) {
            nul(out);
        } else {
            out.i32(16).i64(v.getMostSignificantBits()).i64(v.getLeastSignificantBits());
        }
    }

    /** timestamptz, microsecond precision. */
    static void timestamp(ByteWriter out, Instant v) {
        if (v == null) {
            nul(out);
        } else {
            out.i32(8).i64(Math.addExact(Math.multiplyExact(v.getEpochSecond(), 1_000_000L), v.getNano() / 1000) - EPOCH_MICROS);
        }
    }

    static void date(ByteWriter out, LocalDate v) {
        if (v == null) {
            nul(out);
        } else {
            out.i32(4).i32(Math.toIntExact(v.toEpochDay() - EPOCH_DAY));
        }
    }

    static void int8(ByteWriter out, Long v) {
        if (v == null) {
            nul(out);
        } else {
            out.i32(8).i64(v);
        }
    }

    static void bytes(ByteWriter out, byte[] v) {
        if (v == null) {
            nul(out);
        } else {
            out.i32(v.length).bytes(v);
        }
    }

    static void nul(ByteWriter out) {
        out.i32(-1);
    }
}
