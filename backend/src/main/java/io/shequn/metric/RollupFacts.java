package io.shequn.metric;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Workspace facts read from the rollups only (no raw event is scanned): a handful of indexed
 * reads whose size depends on the number of days, not of events or members.
 */
final class RollupFacts implements Facts {
    private final Connection c;
    private final UUID ws;
    private final LocalDate from;
    private final LocalDate to;
    private final TreeMap<LocalDate, Long> membersPrefix = new TreeMap<>();
    private final Map<String, TreeMap<LocalDate, long[]>> totals = new HashMap<>();
    private final Map<String, Long> distinctCache = new HashMap<>();
    private final Map<String, Long> newCache = new HashMap<>();
    private final Map<String, Responses> responses = new HashMap<>();

    /** Loads what the figures of [from, to] and of the given sub-ranges need. */
    RollupFacts(Connection c, UUID ws, LocalDate from, LocalDate to, List<LocalDate[]> ranges, String interval) throws SQLException {
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
                    totals.computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                            .put(rs.getDate(1).toLocalDate(), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
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
            for (String k : List.of(Rollups.ACTIVE, Rollups.BUYER, Rollups.INVITER)) {
                distinctCache.putIfAbsent(key(k, d, d), 0L);
            }
        }
        // single days: new members per day in one grouped read
        try (PreparedStatement ps = c.prepareStatement("""
                select day, sum(entered) from presence_delta where workspace_id = ? and day between ? and ? and prev_end_day < day
                 group by day""")) {
            ps.setObject(1, ws);
            ps.setDate(2, Date.valueOf(from));
            ps.setDate(3, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getDate(1).toLocalDate();
                    newCache.put(d + "" + d, rs.getLong(2));
                }
            }
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            newCache.putIfAbsent(d + "" + d, 0L);
        }
        prefetch(ranges);
        if (interval != null) {
            periodResponses(interval);
        }
        prefetchResponses(ranges);
    }

    private static String key(String kind, LocalDate a, LocalDate b) {
        return kind + a + b;
    }

    /** Distinct people and new members of many ranges in one statement each. */
    private void prefetch(List<LocalDate[]> ranges) throws SQLException {
        List<LocalDate[]> todo = ranges.stream().filter(r -> !newCache.containsKey(r[0] + "" + r[1])).distinct().toList();
        Date[] as = todo.stream().map(r -> Date.valueOf(r[0])).toArray(Date[]::new);
        Date[] bs = todo.stream().map(r -> Date.valueOf(r[1])).toArray(Date[]::new);
        for (LocalDate[] r : todo) {
            for (String k : List.of(Rollups.ACTIVE, Rollups.BUYER, Rollups.INVITER)) distinctCache.put(key(k, r[0], r[1]), 0L);
            newCache.put(r[0] + "" + r[1], 0L);
        }
        if (todo.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("""
                select r.a, r.b, h.kind, sum(h.n)
                  from unnest(?::date[], ?::date[]) r(a, b)
                  cross join (values ('a'::char(1)), ('b'::char(1)), ('i'::char(1))) k(kind)
                  join distinct_hist h on h.workspace_id = ? and h.kind = k.kind and h.day between r.a and r.b and h.prev_day < r.a
                 group by r.a, r.b, h.kind""")) {
            ps.setArray(1, c.createArrayOf("date", as));
            ps.setArray(2, c.createArrayOf("date", bs));
            ps.setObject(3, ws);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    distinctCache.put(key(rs.getString(3), rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), rs.getLong(4));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select r.a, r.b, sum(p.entered)
                  from unnest(?::date[], ?::date[]) r(a, b)
                  join presence_delta p on p.workspace_id = ? and p.day between r.a and r.b and p.prev_end_day < r.a
                 group by r.a, r.b""")) {
            ps.setArray(1, c.createArrayOf("date", as));
            ps.setArray(2, c.createArrayOf("date", bs));
            ps.setObject(3, ws);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newCache.put(rs.getDate(1).toLocalDate() + "" + rs.getDate(2).toLocalDate(), rs.getLong(3));
                }
            }
        }
    }

    @Override
    public long membersAtEndOf(LocalDate d) {
        var e = membersPrefix.floorEntry(d);
        return e == null ? 0 : e.getValue();
    }

    @Override
    public long newMembers(LocalDate a, LocalDate b) {
        Long n = newCache.get(a + "" + b);
        if (n == null) {
            try {
                prefetch(List.<LocalDate[]>of(new LocalDate[] {a, b}));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            n = newCache.get(a + "" + b);
        }
        return n;
    }

    @Override
    public long distinct(String kind, LocalDate a, LocalDate b) {
        Long n = distinctCache.get(key(kind, a, b));
        if (n == null) {
            try {
                prefetch(List.<LocalDate[]>of(new LocalDate[] {a, b}));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            n = distinctCache.get(key(kind, a, b));
        }
        return n;
    }

    @Override
    public long[] totals(String type, LocalDate a, LocalDate b) {
        long[] sum = new long[4];
        TreeMap<LocalDate, long[]> byDay = totals.get(type);
        if (byDay != null) {
            for (long[] t : byDay.subMap(a, true, b, true).values()) {
                for (int i = 0; i < 4; i++) sum[i] += t[i];
            }
        }
        return sum;
    }

    /**
     * Response statistics of every period of a series in one index-only scan of [from, to]: the
     * period of a day is the day, its ISO week or its month, cut to from.
     */
    private void periodResponses(String interval) throws SQLException {
        String bucket = switch (interval) {
            case "week" -> "greatest(cast(? as date), date_trunc('week', asked_day)::date)";
            case "month" -> "greatest(cast(? as date), date_trunc('month', asked_day)::date)";
            default -> "greatest(cast(? as date), asked_day)";
        };
        Map<LocalDate, Responses> byStart = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select p, count(*), count(s), count(*) filter (where s <= 300), avg(s),
                       percentile_cont(0.5) within group (order by s), percentile_disc(0.9) within group (order by s)
                  from (select %s as p, case when answered_at is not null
                               then greatest(0, extract(epoch from (answered_at - asked_at)))::float8 end as s
                          from question where workspace_id = ? and asked_day between ? and ? and asked_at is not null
                           and not asker_staff) q
                 group by p""".formatted(bucket))) {
            ps.setDate(1, Date.valueOf(from));
            ps.setObject(2, ws);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byStart.put(rs.getDate(1).toLocalDate(), new Responses(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            (Double) rs.getObject(5), (Double) rs.getObject(6), (Double) rs.getObject(7)));
                }
            }
        }
        for (LocalDate[] p : MetricService.periods(from, to, MetricService.Interval.valueOf(interval.toUpperCase()))) {
            responses.put(p[0] + "" + p[1], byStart.getOrDefault(p[0], new Responses(0, 0, 0, null, null, null)));
        }
    }

    /** Response statistics of many ranges in one statement, computed where the rows are. */
    private void prefetchResponses(List<LocalDate[]> ranges) throws SQLException {
        List<LocalDate[]> todo = ranges.stream().filter(r -> !responses.containsKey(r[0] + "" + r[1])).toList();
        if (todo.isEmpty()) return;
        for (LocalDate[] r : todo) responses.put(r[0] + "" + r[1], new Responses(0, 0, 0, null, null, null));
        try (PreparedStatement ps = c.prepareStatement("""
                select r.a, r.b, count(*), count(q.s), count(*) filter (where q.s <= 300), avg(q.s),
                       percentile_cont(0.5) within group (order by q.s), percentile_disc(0.9) within group (order by q.s)
                  from unnest(?::date[], ?::date[]) r(a, b)
                  join lateral (select case when answered_at is not null
                                           then greatest(0, extract(epoch from (answered_at - asked_at)))::float8 end as s from question
                                 where workspace_id = ? and asked_day between r.a and r.b and asked_at is not null
                                   and not asker_staff) q on true
                 group by r.a, r.b""")) {
            ps.setArray(1, c.createArrayOf("date", todo.stream().map(r -> Date.valueOf(r[0])).toArray()));
            ps.setArray(2, c.createArrayOf("date", todo.stream().map(r -> Date.valueOf(r[1])).toArray()));
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
}
