package io.shequn.metric;

import io.shequn.common.BinaryArray;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Workspace facts read from the rollups only (no raw event is scanned): a handful of indexed
 * reads whose size depends on the number of days, not of events or members.
 */
final class RollupFacts implements Facts {
    private static final List<String> KINDS = List.of(Rollups.ACTIVE, Rollups.BUYER, Rollups.INVITER);
    private final Connection c;
    private final UUID ws;
    private final LocalDate from;
    private final LocalDate to;
    private final TreeMap<LocalDate, Long> membersPrefix = new TreeMap<>();
    private final DayTotals totals = new DayTotals();
    private final Map<String, Long> distinctCache = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Responses> responses = new HashMap<>();

    /** Loads what the figures of [from, to] and of the given sub-ranges need. */
    RollupFacts(Connection c, UUID ws, LocalDate from, LocalDate to, List<LocalDate[]> ranges) throws SQLException {
        this.c = c;
        this.ws = ws;
        this.from = from;
        this.to = to;
        // members at the end of each day: prefix sums of the per-day entries and exits
        try (PreparedStatement ps = c.prepareStatement("""
                select day, sum(net) from presence_net where workspace_id = ? and day <= ?
                 group by day order by day""")) {
            ps.setObject(1, ws);
            ps.setDate(2, Date.valueOf(to));
            long running = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    running += rs.getLong(2);
                    membersPrefix.put(rs.getDate(1).toLocalDate(), running);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select day, type, events, amount_minor, amount_events, other_currency from workspace_day
                 where workspace_id = ? and day between ? and ?""")) {
            ps.setObject(1, ws);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long[] t = totals.of(rs.getString(2), rs.getDate(1).toLocalDate());
                    for (int i = 0; i < 4; i++) t[i] = rs.getLong(3 + i);
                }
            }
        }
        // daily distinct counts (DAU...)
        try (PreparedStatement ps = c.prepareStatement("""
                select kind, day, n from member_day_count where workspace_id = ? and day between ? and ?""")) {
            ps.setObject(1, ws);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getDate(2).toLocalDate();
                    distinctCache.put(key(rs.getString(1), d, d), rs.getLong(3));
                }
            }
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            for (String k : KINDS) {
                distinctCache.putIfAbsent(key(k, d, d), 0L);
            }
        }
        // people entering on a day of [from, to], by the day their previous presence ended; every
        // end before from counts as from - 1 (before any range here), which keeps a few rows per day
        try (PreparedStatement ps = c.prepareStatement("""
                select day, greatest(prev_end_day, cast(? as date)), sum(entered) from presence_delta
                 where workspace_id = ? and day between ? and ? and prev_end_day < day
                 group by 1, 2""")) {
            ps.setDate(1, Date.valueOf(from.minusDays(1)));
            ps.setObject(2, ws);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getLong(3)));
                }
            }
        }
        prefetchDistinct(ranges);
        prefetchResponses(ranges);
    }

    private static String key(String kind, LocalDate a, LocalDate b) {
        return kind + a + b;
    }

    /**
     * Distinct people of many ranges of [from, to] in one statement. A range's count is the sum
     * of its days' counts (read above) minus the people counted on two of its days: the pairs
     * whose previous day also falls in the range. Those are at most (days of the range)^2 / 2
     * rows, however long the history before the range, where the direct form (day in the
     * range, previous day before it) fetches every pair of its days.
     */
    private void prefetchDistinct(List<LocalDate[]> ranges) throws SQLException {
        Map<String, LocalDate[]> todo = new LinkedHashMap<>();
        for (LocalDate[] r : ranges) {
            checkInside(r[0], r[1]);
            if (!distinctCache.containsKey(key(Rollups.ACTIVE, r[0], r[1]))) todo.put(r[0] + "" + r[1], r);
        }
        if (todo.isEmpty()) return;
        for (LocalDate[] r : todo.values()) {
            for (String k : KINDS) {
                long n = 0;
                for (LocalDate d = r[0]; !d.isAfter(r[1]); d = d.plusDays(1)) n += distinctCache.get(key(k, d, d));
                distinctCache.put(key(k, r[0], r[1]), n);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select r.a, r.b, h.kind, sum(h.n)
                  from unnest(?::date[], ?::date[]) r(a, b)
                  join distinct_hist h on h.workspace_id = ? and h.kind = any(?::char(1)[])
                   and h.day > r.a and h.day <= r.b and h.prev_day >= r.a
                 group by r.a, r.b, h.kind""")) {
            ps.setObject(1, BinaryArray.dates(todo.values().stream().map(r -> r[0]).toList()));
            ps.setObject(2, BinaryArray.dates(todo.values().stream().map(r -> r[1]).toList()));
            ps.setObject(3, ws);
            ps.setArray(4, c.createArrayOf("bpchar", KINDS.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    distinctCache.merge(key(rs.getString(3), rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), -rs.getLong(4), Long::sum);
                }
            }
        }
    }

    /** The figures read the rollups of [from, to] only. */
    private void checkInside(LocalDate a, LocalDate b) {
        if (a.isBefore(from) || b.isAfter(to)) {
            throw new IllegalArgumentException("range " + a + ".." + b + " outside " + from + ".." + to);
        }
    }

    @Override
    public long membersAtEndOf(LocalDate d) {
        var e = membersPrefix.floorEntry(d);
        return e == null ? 0 : e.getValue();
    }

    @Override
    public long newMembers(LocalDate a, LocalDate b) {
        checkInside(a, b);
        long n = 0;
        for (Entry e : entries) {
            if (!e.day.isBefore(a) && !e.day.isAfter(b) && e.prevEnd.isBefore(a)) n += e.entered;
        }
        return n;
    }

    @Override
    public long distinct(String kind, LocalDate a, LocalDate b) {
        Long n = distinctCache.get(key(kind, a, b));
        if (n == null) {
            try {
                prefetchDistinct(List.<LocalDate[]>of(new LocalDate[] {a, b}));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            n = distinctCache.get(key(kind, a, b));
        }
        return n;
    }

    @Override
    public long[] totals(String type, LocalDate a, LocalDate b) {
        return totals.sum(type, a, b);
    }

    /**
     * Response statistics of many ranges in one statement, computed where the rows are: one
     * index-only probe per range, the ranges in order so that the rows arrive grouped and the
     * aggregate needs no sort of every question of the period (a spilled sort at 10M events).
     */
    private void prefetchResponses(List<LocalDate[]> ranges) throws SQLException {
        List<LocalDate[]> todo = ranges.stream().filter(r -> !responses.containsKey(r[0] + "" + r[1])).toList();
        if (todo.isEmpty()) return;
        for (LocalDate[] r : todo) responses.put(r[0] + "" + r[1], new Responses(0, 0, 0, null, null, null));
        try (PreparedStatement ps = c.prepareStatement("""
                select r.a, r.b, count(*), count(q.s), count(*) filter (where q.s <= 300), avg(q.s),
                       percentile_cont(0.5) within group (order by q.s), percentile_disc(0.9) within group (order by q.s)
                  from (select * from unnest(?::date[], ?::date[]) r(a, b) order by a, b) r
                  join lateral (select case when answered_at is not null
                                           then greatest(0, extract(epoch from (answered_at - asked_at)))::float8 end as s from question
                                 where workspace_id = ? and asked_day between r.a and r.b and asked_at is not null
                                   and not asker_staff) q on true
                 group by r.a, r.b""")) {
            ps.setObject(1, BinaryArray.dates(todo.stream().map(r -> r[0]).toList()));
            ps.setObject(2, BinaryArray.dates(todo.stream().map(r -> r[1]).toList()));
            ps.setObject(3, ws);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    responses.put(rs.getDate(1).toLocalDate() + "" + rs.getDate(2).toLocalDate(), new Responses(rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), (Double) rs.getObject(6), (Double) rs.getObject(7), (Double) rs.getObject(8)));
                }
            }
        }
    }

    @Override
    public Responses responses(LocalDate a, LocalDate b) {
        if (!responses.containsKey(a + "" + b)) {
            try {
                prefetchResponses(List.<LocalDate[]>of(new LocalDate[] {a, b}));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return responses.get(a + "" + b);
    }

    /** People entering on day whose previous presence ended on prevEnd (from - 1 for any earlier end). */
    private record Entry(LocalDate day, LocalDate prevEnd, long entered) {
    }
}
