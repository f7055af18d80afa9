package io.shequn.metric;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Totals per event type and local day, {events, amount in the workspace currency, events
 * counted in that amount, events with an amount in another currency}: how the rollup writer
 * counts an event into metric_day, and how the raw figures of a group or a segment count it.
 */
final class DayTotals {
    private final Map<String, TreeMap<LocalDate, long[]>> byType = new HashMap<>();

    /** Counts one event into its totals row. */
    static void count(long[] t, Long amountMinor, String currency, String workspaceCurrency) {
        t[0]++;
        if (amountMinor != null) {
            if (Objects.equals(workspaceCurrency, currency)) {
                t[1] += amountMinor;
                t[2]++;
            } else {
                t[3]++;
            }
        }
    }

    /** The totals row of a type and day, empty at first. */
    long[] of(String type, LocalDate day) {
        return byType.computeIfAbsent(type, k -> new TreeMap<>()).computeIfAbsent(day, k -> new long[4]);
    }

    /** The sum of a type's rows over [a, b]. */
    long[] sum(String type, LocalDate a, LocalDate b) {
        long[] sum = new long[4];
        TreeMap<LocalDate, long[]> byDay = byType.get(type);
        if (byDay != null) {
            for (long[] t : byDay.subMap(a, true, b, true).values()) {
                for (int i = 0; i < 4; i++) sum[i] += t[i];
            }
        }
        return sum;
    }
}
