package io.shequn.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-read RFC 3339 timestamps agree with java.time's parser, errors included. */
class TimesTest {
    @Test
    void readsWhatOffsetDateTimeReads() {
        for (String s : List.of("2026-11-30T10:00:00Z", "2026-11-30T10:00:00+08:00", "2026-11-30T10:00:00.1-05:30",
                "2026-11-30T23:59:59.123456789+14:00", "2024-02-29T00:00:00.000001Z", "2026-11-30t10:00:00z",
                "2026-11-30T10:00Z", "2026-11-30T10:00:00.Z", "1999-12-31T23:59:60Z".replace("60", "59"))) {
            assertEquals(OffsetDateTime.parse(s).toInstant(), Times.parseRfc3339(s), s);
        }
    }

    @Test
    void rejectsWhatOffsetDateTimeRejects() {
        for (String s : List.of("2026-02-30T10:00:00Z", "2026-11-30T24:00:00Z", "2026-11-30T10:00:00", "2026-11-30T10:00:00+0800",
                "2026-11-30T10:00:00.1234567890Z", "2026-11-3aT10:00:00Z", "2026-11-30T10:00:00+25:00", "yesterday", "")) {
            assertThrows(DateTimeParseException.class, () -> Times.parseRfc3339(s), s);
        }
    }
}
