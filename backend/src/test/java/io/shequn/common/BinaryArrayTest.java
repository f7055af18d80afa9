package io.shequn.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.Oid;

/**
 * Array parameters in binary (common.BinaryArray, and long[] through the driver), as the rollup writer sends them: what
 * PostgreSQL reads must be what was sent, nulls, microseconds and days before its 2000 epoch
 * included, in binary and through the text form alike. Each statement runs seven times on one
 * connection, past the driver's prepare threshold (5), so the server-prepared path is covered.
 */
@QuarkusTest
class BinaryArrayTest {
    private static final int RUNS = 7;

    @Inject
    AgroalDataSource ds;

    private static final List<UUID> UUIDS = Arrays.asList(UUID.fromString("0190f0e0-0000-7000-8000-000000000001"), null,
            new UUID(-1L, Long.MIN_VALUE), new UUID(0, 0));
    private static final List<Instant> INSTANTS = Arrays.asList(Instant.parse("2026-12-04T19:00:00.123456Z"), null,
            Instant.parse("1999-12-31T23:59:59.999999Z"), Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("1970-01-01T00:00:00.000001Z"));
    private static final List<LocalDate> DATES = Arrays.asList(LocalDate.of(2026, 12, 4), null, LocalDate.of(1999, 12, 31),
            LocalDate.of(2000, 1, 1), LocalDate.of(2200, 2, 28));
    private static final List<Long> LONGS = List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE, -1L); // a long[] has no nulls

    @Test
    void theConnectionsSendTheseArraysInBinary() throws Exception {
        try (Connection c = ds.getConnection()) {
            BaseConnection pg = c.unwrap(BaseConnection.class);
            for (int oid : new int[] {Oid.UUID_ARRAY, Oid.TIMESTAMPTZ_ARRAY, Oid.DATE_ARRAY, Oid.INT8_ARRAY}) {
                assertTrue(pg.binaryTransferSend(oid), "binary transfer for array type " + oid);
            }
        }
    }

    @Test
    void postgresReadsWhatWasSent() throws Exception {
        try (Connection c = ds.getConnection()) {
            for (int run = 0; run < RUNS; run++) {
                assertEquals(UUIDS, read(c, "uuid", BinaryArray.uuids(UUIDS), UUID.class));
                assertEquals(INSTANTS, read(c, "timestamptz", BinaryArray.timestamps(INSTANTS), OffsetDateTime.class).stream()
                        .map(t -> t == null ? null : t.toInstant()).toList());
                assertEquals(DATES, read(c, "date", BinaryArray.dates(DATES), LocalDate.class));
                assertEquals(LONGS, read(c, "int8", LONGS.stream().mapToLong(Long::longValue).toArray(), Long.class));
                assertEquals(List.of(), read(c, "uuid", BinaryArray.uuids(List.of()), UUID.class), "an empty array");
            }
        }
    }

    @Test
    void theTextFormSaysTheSame() throws Exception {
        try (Connection c = ds.getConnection()) {
            assertEquals(UUIDS, read(c, "uuid", BinaryArray.uuids(UUIDS).getValue(), UUID.class));
            assertEquals(INSTANTS, read(c, "timestamptz", BinaryArray.timestamps(INSTANTS).getValue(), OffsetDateTime.class).stream()
                    .map(t -> t == null ? null : t.toInstant()).toList());
            assertEquals(DATES, read(c, "date", BinaryArray.dates(DATES).getValue(), LocalDate.class));
        }
    }

    /** Results of these types come back in binary too, once a statement is server-prepared. */
    @Test
    void aUuidArrayReadsBackAsUuids() throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select ?::uuid[]")) {
            for (int run = 0; run < RUNS; run++) {
                ps.setObject(1, BinaryArray.uuids(UUIDS));
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    assertArrayEquals(UUIDS.toArray(), (UUID[]) r.getArray(1).getArray(), "run " + run);
                }
            }
        }
    }

    /** The elements of {@code param} (an array parameter, or its text) as PostgreSQL sees them, in order. */
    private static <T> List<T> read(Connection c, String type, Object param, Class<T> as) throws Exception {
        String cast = param instanceof String ? "?::text::" + type + "[]" : "?::" + type + "[]";
        try (PreparedStatement ps = c.prepareStatement("select v from unnest(" + cast + ") with ordinality u(v, n) order by n")) {
            ps.setObject(1, param);
            List<T> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getObject(1, as));
                }
            }
            return out;
        }
    }
}
