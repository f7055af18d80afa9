package io.shequn.metric;

import java.time.LocalDate;

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

    /** Questions asked in [a, b] by non-staff members, and the times to their first answer. */
    Responses responses(LocalDate a, LocalDate b);

    /**
     * @param asked    questions asked
     * @param answered of which answered
     * @param within   answered within 300 s
     * @param mean     mean response time in seconds over the answered ones (null if none), likewise
     *                 median (mean of the two middle values for an even count) and p90 (nearest rank)
     */
    record Responses(long asked, long answered, long within, Double mean, Double median, Double p90) {
    }
}
