package io.shequn.metric;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The primitives every figure is built from, for one scope (workspace, group or segment).
 * Days are local days of the workspace; ranges [a, b] include both ends.
 */
interface Facts {
    /** Distinct people (staff left out) who are members at the end of local day d. */
    long membersAtEndOf(LocalDate d);

    /** Distinct people not members at the start of a whose membership began in the range. */
    long newMembers(LocalDate a, LocalDate b);

    /** Distinct people of a kind (Rollups.ACTIVE, BUYER, INVITER) with a day of that kind in [a, b]. */
    long distinct(String kind, LocalDate a, LocalDate b);

    /** {events, amount in the workspace currency, events counted in that amount, events in another currency}. */
    long[] totals(String type, LocalDate a, LocalDate b);

    /** Questions asked in [a, b] by non-staff members, with their first answer if any. */
    List<Question> questions(LocalDate a, LocalDate b);

    record Question(Instant askedAt, Instant answeredAt) {
    }
}
