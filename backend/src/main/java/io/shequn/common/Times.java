package io.shequn.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

public final class Times {
    private Times() {
    }

    /** Now, at the database's precision, so a record's representation is the same before and after a reload. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
