package io.shequn.metric;

import io.shequn.metric.MetricDtos.Figures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** docs/metrics.md turned into arithmetic over the primitives of one scope. */
final class FigureCalculator {
    static final double FIVE_MINUTES = 300.0;

    private FigureCalculator() {
    }

    static Figures figures(Facts f, LocalDate a, LocalDate b) {
        long start = f.membersAtEndOf(a.minusDays(1));
        long end = f.membersAtEndOf(b);
        long newMembers = f.newMembers(a, b);
        long left = newMembers - (end - start);

        long days = ChronoUnit.DAYS.between(a, b) + 1;
        double memberDays = 0;
        double shareSum = 0;
        int shareDays = 0;
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            long m = f.membersAtEndOf(d);
            memberDays += m;
            if (m > 0) {
                shareSum += (double) f.distinct(Rollups.ACTIVE, d, d) / m;
                shareDays++;
            }
        }
        double average = memberDays / days;
        long active = f.distinct(Rollups.ACTIVE, a, b);
        long buyers = f.distinct(Rollups.BUYER, a, b);
        long inviters = f.distinct(Rollups.INVITER, a, b);

        long messages = f.totals("message", a, b)[0];
        // messages per member per week: P cut into its ISO weeks (the first and last may be
        // partial, then scaled to 7 days); mean over the pieces whose end has members
        double weekSum = 0;
        int weekPieces = 0;
        for (LocalDate ws = a; !ws.isAfter(b); ) {
            LocalDate sunday = ws.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate we = sunday.isAfter(b) ? b : sunday;
            long m = f.membersAtEndOf(we);
            if (m > 0) {
                long pieceDays = ChronoUnit.DAYS.between(ws, we) + 1;
                weekSum += (double) f.totals("message", ws, we)[0] / m * 7.0 / pieceDays;
                weekPieces++;
            }
            ws = we.plusDays(1);
        }

        long[] orders = f.totals("order_placed", a, b);
        long[] redPackets = f.totals("red_packet_claimed", a, b);
        long issued = f.totals("coupon_issued", a, b)[0];
        long redeemed = f.totals("coupon_redeemed", a, b)[0];
        long activitySpend = 0; // activities (and their spend) come with a later issue
        long accepted = f.totals("invite_accepted", a, b)[0];

        Facts.Responses r = f.responses(a, b);

        return new Figures(a, b, start, end, newMembers, left, end - start,
                average,
                active, ratio(active, end), average > 0 ? active / average : null, shareDays == 0 ? null : shareSum / shareDays,
                messages, weekPieces == 0 ? null : weekSum / weekPieces,
                buyers, ratio(buyers, end), average > 0 ? buyers / average : null,
                orders[2], orders[1], ratio(orders[1], orders[2]), orders[3] + redPackets[3],
                issued, redeemed, ratio(redeemed, issued),
                redPackets[1], activitySpend, ratio(redPackets[1] + activitySpend, newMembers),
                r.asked(), r.answered(), r.asked() - r.answered(),
                r.mean(), r.median(), r.p90(),
                ratio(r.within(), r.asked()),
                accepted, inviters, ratio(accepted, inviters));
    }

    /** Response statistics of some questions (response seconds of the answered ones). */
    static Facts.Responses responses(long asked, List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        sorted.sort(null);
        long within = sorted.stream().filter(s -> s <= FIVE_MINUTES).count();
        return new Facts.Responses(asked, sorted.size(), within,
                sorted.isEmpty() ? null : sorted.stream().mapToDouble(Double::doubleValue).sum() / sorted.size(),
                median(sorted), percentile(sorted, 90));
    }

    /** Seconds from a question to its answer, microsecond precision, never negative. */
    static double seconds(java.time.Instant asked, java.time.Instant answered) {
        return Math.max(0, java.time.Duration.between(asked, answered).toNanos() / 1000) / 1e6;
    }

    static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    static Double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) return null;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank: the value at rank ceil(p/100 * n). */
    static Double percentile(List<Double> sorted, int p) {
        int n = sorted.size();
        if (n == 0) return null;
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted.get(Math.max(1, rank) - 1);
    }
}
