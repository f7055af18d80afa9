package io.shequn.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.postgresql.util.PGBinaryObject;
import org.postgresql.util.PGobject;

/**
 * A one-dimensional array parameter (uuid[], timestamptz[], date[]) in PostgreSQL's binary
 * format, for the multi-row statements over unnest(): {@code ps.setObject(i, BinaryArray.uuids(ids))}.
 * With Connection.createArrayOf the driver prints every element as text and the server parses it
 * back (the rollup writer's arrays: 8 % of the backend's samples printing them, about 3 % of
 * PostgreSQL's parsing them, docs/benchmarks.md section 3). The driver sends it in binary when its
 * connection has binary transfer for the array type (binaryTransferEnable in application.properties),
 * else as the text of {@link #getValue()}. int8[] needs no such class: the driver sends a long[]
 * in binary itself.
 */
public final class BinaryArray extends PGobject implements PGBinaryObject {
    private static final int UUID_OID = 2950, TIMESTAMPTZ_OID = 1184, DATE_OID = 1082;

    private final byte[] bytes;
    private final Collection<?> values;

    private <T> BinaryArray(String type, int elementOid, Collection<T> values, BiConsumer<ByteWriter, T> element) {
        this.type = type;
        this.values = values;
        boolean nulls = false;
        for (T v : values) {
            nulls |= v == null;
        }
        ByteWriter out = new ByteWriter(20 + values.size() * 20);
        out.i32(1).i32(nulls ? 1 : 0).i32(elementOid).i32(values.size()).i32(1); // 1 dimension, lower bound 1
        for (T v : values) {
            element.accept(out, v);
        }
        this.bytes = out.toByteArray();
    }

    public static BinaryArray uuids(Collection<UUID> values) {
        return new BinaryArray("_uuid", UUID_OID, values, PgBinary::uuid);
    }

    public static BinaryArray timestamps(Collection<Instant> values) {
        return new BinaryArray("_timestamptz", TIMESTAMPTZ_OID, values, PgBinary::timestamp);
    }

    public static BinaryArray dates(Collection<LocalDate> values) {
        return new BinaryArray("_date", DATE_OID, values, PgBinary::date);
    }

    /** The text form, sent when the connection has no binary transfer for this type (and PGobject's equals compares it). */
    @Override
    public String getValue() {
        StringJoiner text = new StringJoiner(",", "{", "}");
        for (Object v : values) {
            text.add(v == null ? "NULL" : v.toString()); // uuid, ISO instant and date, number: no quoting needed
        }
        return text.toString();
    }

    @Override
    public int lengthInBytes() {
        return bytes.length;
    }

    @Override
    public void toBytes(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, bytes.length);
    }

    /** A parameter only: never read back from a result. */
    @Override
    public void setByteValue(byte[] value, int offset) {
        throw new UnsupportedOperationException("BinaryArray is a parameter type");
    }
}
