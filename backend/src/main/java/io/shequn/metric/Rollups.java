package io.shequn.metric;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.shequn.common.BinaryArray;
import io.shequn.common.Jdbc;
import io.shequn.common.jobs.JobFailures;
import io.shequn.member.MergeFollower;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the metric rollups in step with the facts (docs/metrics.md, Freshness). The ingestion
 * transaction only queues its accepted events ({@link RollupQueue}); this class folds the queue
 * into the rollup tables, as the one writer of a workspace's rollups at a time (advisory lock):
 * every second in the background, and before every metric read ({@link #catchUp}), so a read
 * counts every event acknowledged before it. Concurrent batches therefore never wait on each
 * other's rollup rows, and a drain aggregates many batches into one upsert per row.
 *
 * Plain JDBC: a drain is aggregated in Java first, then one multi-row statement per table,
 * keys sorted. Membership-based rollups are kept by a trigger on membership
 * (V7__metric_rollups.sql), the one place that sees every path writing memberships.
 */
@ApplicationScoped
public class Rollups implements MergeFollower {
    static final String ACTIVE = "a";
    static final String BUYER = "b";
    static final String INVITER = "i";
    /** The key of the workspace's own totals in the aggregation (written to workspace_day). */
    private static final UUID WORKSPACE = new UUID(0, 0);
    /** Events folded in per transaction: large enough to aggregate many batches, small enough to stay short. */
    private static final int EVENTS_PER_DRAIN = 10_000;
    /** Queued events beyond which ingestion requests help fold them in (backpressure). */
    static final int BACKLOG = 20_000;
    private static final Logger LOG = Logger.getLogger(Rollups.class);

    private final AgroalDataSource ds;
    private final KnownDays known = new KnownDays();

    public Rollups(AgroalDataSource ds) {
        this.ds = ds;
    }

    /**
     * Before a metric read: folds in everything queued for the workspace up to now, waiting for a
     * drain already running. Costs one index probe when nothing is pending.
     */
    public void catchUp(UUID ws) {
        Long upTo = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                return RollupQueue.lastSeq(c, ws);
            }
        });
        while (upTo != null && drainOnce(ws, true, upTo)) {
            // until the queue as it was at the start is folded in
        }
    }

    /**
     * After an ingestion request committed: when more than {@link #BACKLOG} events wait for the
     * workspace's rollups, the request folds in a chunk itself before it answers (waiting for the
     * writer if busy). Under sustained load, ingestion then goes no faster than the rollups
     * follow, so the lag (and what a metric read may have to fold in first) stays a few seconds.
     */
    public void afterIngest(UUID ws) {
        try {
            foldIfBehind(ws);
        } catch (RuntimeException e) {
            // the events are committed: their answer stands; the background writer folds them in
            LOG.warnf("Rollups of workspace %s not folded in after ingestion: %s", ws, e.toString());
        }
    }

    private void foldIfBehind(UUID ws) {
        long waiting = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                return RollupQueue.eventsQueued(c, ws);
            }
        });
        if (waiting > BACKLOG) {
            drainOnce(ws, true, Long.MAX_VALUE);
        }
    }

    /** The background writer: every workspace with queued events, skipped while another writer has it. */
    @Scheduled(every = "${shequn.metrics.rollup-every:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void drainAll() {
        List<UUID> workspaces;
        try {
            workspaces = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = ds.getConnection()) {
                    return RollupQueue.workspacesPending(c);
                }
            });
        } catch (RuntimeException e) {
            JobFailures.failed(LOG, "The rollup writer", e);
            return;
        }
        for (UUID ws : workspaces) {
            try {
                while (drainOnce(ws, false, Long.MAX_VALUE)) {
                    // chunk after chunk, each in its own short transaction
                }
            } catch (RuntimeException e) {
                JobFailures.failed(LOG, "The rollup writer of workspace " + ws, e);
                continue;
            }
            JobFailures.succeeded(LOG, "The rollup writer of workspace " + ws);
        }
        JobFailures.succeeded(LOG, "The rollup writer");
    }

    /** One chunk in a transaction of its own; false when there was nothing (left) to take or the lock was busy. */
    private boolean drainOnce(UUID ws, boolean wait, long upTo) {
        List<MemberDayKey> days = new ArrayList<>();
        boolean took = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                if (wait) {
                    RollupQueue.lock(c, ws);
                } else if (!RollupQueue.tryLock(c, ws)) {
                    return false;
                }
                List<StoredEvent> events = RollupQueue.take(c, ws, EVENTS_PER_DRAIN, upTo);
                days.addAll(apply(c, ws, events));
                return !events.isEmpty();
            }
        });
        for (MemberDayKey k : days) {
            known.committed(ws, k.kind, k.memberId, k.day);
        }
        return took;
    }

    /**
     * Folds events into the rollups; the caller holds the workspace's writer lock. Answers the
     * member_day keys now there (for {@link KnownDays}, once committed). Aggregates in hash maps:
     * each statement sorts its rows itself (lock order), so no sorted map is kept per event.
     */
    private Set<MemberDayKey> apply(Connection c, UUID workspaceId, List<StoredEvent> events) throws SQLException {
        Set<MemberDayKey> memberDays = new HashSet<>();
        if (events.isEmpty()) {
            return memberDays;
        }
        ZoneId zone;
        String currency;
        try (PreparedStatement ps = c.prepareStatement("select time_zone, currency from workspace where workspace_id = ?")) {
            ps.setObject(1, workspaceId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                zone = ZoneId.of(rs.getString(1));
                currency = rs.getString(2);
            }
        }
        EventKinds kinds = EventKinds.load(c);
        // metric_day: (scope, day, type) -> totals; staff events are left out of every figure but response time
        Map<DayKey, long[]> totals = new HashMap<>();
        Map<QKey, QRow> questions = new TreeMap<>();
        for (StoredEvent e : events) {
            LocalDate day = e.occurredAt().atZone(zone).toLocalDate();
            if (e.questionKey() != null && ("question_asked".equals(e.type()) || "question_answered".equals(e.type()))) {
                QRow q = questions.computeIfAbsent(new QKey(e.platform(), e.questionKey()), k -> new QRow());
                if ("question_asked".equals(e.type())) {
                    if (q.askedAt == null || e.occurredAt().isBefore(q.askedAt)) {
                        q.askedAt = e.occurredAt();
                        q.askedDay = day;
                        q.groupId = e.groupId();
                        q.memberId = e.memberId();
                        q.staff = e.staff();
                    }
                } else if (q.answeredAt == null || e.occurredAt().isBefore(q.answeredAt)) {
                    q.answeredAt = e.occurredAt();
                }
            }
            if (e.staff()) {
                continue;
            }
            for (UUID scope : new UUID[] {e.groupId(), WORKSPACE}) {
                if (scope == null) {
                    continue;
                }
                DayTotals.count(totals.computeIfAbsent(new DayKey(scope, day, e.type()), k -> new long[4]), e.amountMinor(),
                        e.currency(), currency);
            }
            if (e.memberId() != null) {
                // member_day: (kind, member, day), those known to be there left out
                for (String kind : kinds.of(e.type())) {
                    addDay(memberDays, workspaceId, kind, e.memberId(), day);
                }
            }
        }
        distinctDays(c, workspaceId, memberDays);
        questions(c, workspaceId, questions);
        Map<DayKey, long[]> groups = new HashMap<>();
        Map<DayKey, long[]> workspace = new HashMap<>();
        totals.forEach((k, v) -> (k.scope.equals(WORKSPACE) ? workspace : groups).put(k, v));
        totals(c, workspaceId, groups);
        workspaceTotals(c, workspaceId, workspace);
        seen(c, workspaceId, events);
        return memberDays;
    }

    private void addDay(Set<MemberDayKey> days, UUID ws, String kind, UUID memberId, LocalDate day) {
        if (!known.has(ws, kind, memberId, day)) {
            days.add(new MemberDayKey(kind, memberId, day));
        }
    }

    /**
     * Members' first_seen_at / last_seen_at widened to their new events (staff included: they are
     * seen too). One primary-key probe per person, in id order; rows already covering the span
     * (new members are created with it) are not rewritten.
     */
    private static void seen(Connection c, UUID ws, List<StoredEvent> events) throws SQLException {
        Map<UUID, Instant[]> span = new TreeMap<>();
        for (StoredEvent e : events) {
            if (e.memberId() == null) {
                continue;
            }
            Instant t = e.occurredAt();
            Instant[] s = span.computeIfAbsent(e.memberId(), k -> new Instant[] {t, t});
            if (t.isBefore(s[0])) s[0] = t;
            if (t.isAfter(s[1])) s[1] = t;
        }
        if (span.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                update member m set first_seen_at = least(coalesce(m.first_seen_at, v.lo), v.lo),
                                    last_seen_at = greatest(coalesce(m.last_seen_at, v.hi), v.hi)
                  from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) v(id, lo, hi)
                 where m.workspace_id = ? and m.member_id = v.id
                   and (m.first_seen_at is null or m.first_seen_at > v.lo or m.last_seen_at is null or m.last_seen_at < v.hi)""")) {
            ps.setObject(1, BinaryArray.uuids(span.keySet()));
            ps.setObject(2, BinaryArray.timestamps(span.values().stream().map(x -> x[0]).toList()));
            ps.setObject(3, BinaryArray.timestamps(span.values().stream().map(x -> x[1]).toList()));
            ps.setObject(4, ws);
            ps.executeUpdate();
        }
    }

    /**
     * Makes the caller's transaction the workspace's rollup writer until it ends. A transaction
     * that also locks member rows takes this first: the writer updates member rows (first/last
     * seen) while holding it.
     */
    @Override
    public void holdWriterLock(Connection c, UUID workspaceId) throws SQLException {
        RollupQueue.lock(c, workspaceId);
    }

    /**
     * After the absorbed member's events and memberships were moved to the survivor: the
     * absorbed person's days join the survivor's (a day both had counts once), the chains are
     * recomputed for the survivor, and their questions follow. Member counts follow through the
     * membership trigger.
     */
    @Override
    public void membersMerged(Connection c, UUID workspaceId, UUID absorbedId, UUID survivorId) throws SQLException {
        // as the workspace's rollup writer: what is queued (events of both people among it) is
        // folded in first, under their ids as stored, then moved like the rest
        RollupQueue.lock(c, workspaceId);
        known.forget(workspaceId);
        for (List<StoredEvent> events; !(events = RollupQueue.take(c, workspaceId, EVENTS_PER_DRAIN, Long.MAX_VALUE)).isEmpty(); ) {
            apply(c, workspaceId, events);
        }
        UUID[] both = absorbedId.compareTo(survivorId) < 0 ? new UUID[] {absorbedId, survivorId} : new UUID[] {survivorId, absorbedId};
        for (String kind : List.of(ACTIVE, BUYER, INVITER)) {
            // old chains of both people out; a day both had now counts once
            chainDelta(c, workspaceId, kind, both, -1);
            Jdbc.exec(c, """
                    update member_day_count t set n = t.n - 1
                      from member_day a join member_day s on s.workspace_id = a.workspace_id and s.kind = a.kind and s.day = a.day
                                                          and s.member_id = ?
                     where a.workspace_id = ? and a.kind = cast(? as char(1)) and a.member_id = ?
                       and t.workspace_id = a.workspace_id and t.kind = a.kind and t.day = a.day""",
                    survivorId, workspaceId, kind, absorbedId);
            Jdbc.exec(c, """
                    insert into member_day (workspace_id, kind, member_id, day)
                    select workspace_id, kind, ?, day from member_day where workspace_id = ? and kind = cast(? as char(1)) and member_id = ?
                    on conflict do nothing""", survivorId, workspaceId, kind, absorbedId);
            Jdbc.exec(c, "delete from member_day where workspace_id = ? and kind = cast(? as char(1)) and member_id = ?", workspaceId, kind, absorbedId);
            // the survivor's merged chain in
            chainDelta(c, workspaceId, kind, new UUID[] {survivorId}, 1);
        }
        Jdbc.exec(c, "update question set member_id = ? where workspace_id = ? and member_id = ?", survivorId, workspaceId, absorbedId);
    }

    /** New (kind, member, day) rows, then the chain histogram of the people who got one. */
    private static void distinctDays(Connection c, UUID ws, Set<MemberDayKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        int n = keys.size();
        String[] kinds = new String[n];
        List<UUID> members = new ArrayList<>(n);
        List<LocalDate> days = new ArrayList<>(n);
        int i = 0;
        for (MemberDayKey k : keys) {
            kinds[i++] = k.kind;
            members.add(k.memberId);
            days.add(k.day);
        }
        List<String> newKinds = new ArrayList<>();
        List<UUID> newMembers = new ArrayList<>();
        List<LocalDate> newDays = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into member_day (workspace_id, kind, member_id, day)
                select ?, k, m, d from unnest(?::varchar[], ?::uuid[], ?::date[]) u(k, m, d) order by k, m, d
                on conflict do nothing returning kind, member_id, day""")) {
            ps.setObject(1, ws);
            ps.setArray(2, c.createArrayOf("varchar", kinds));
            ps.setObject(3, BinaryArray.uuids(members));
            ps.setObject(4, BinaryArray.dates(days));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newKinds.add(rs.getString(1));
                    newMembers.add(rs.getObject(2, UUID.class));
                    newDays.add(rs.getObject(3, LocalDate.class));
                }
            }
        }
        if (newKinds.isEmpty()) {
            return;
        }
        Map<String, Long> perDay = new TreeMap<>();
        for (int j = 0; j < newKinds.size(); j++) {
            perDay.merge(newKinds.get(j) + newDays.get(j), 1L, Long::sum);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into member_day_count as t (workspace_id, kind, day, n)
                select ?, substr(k, 1, 1), substr(k, 2)::date, n from unnest(?::varchar[], ?::int8[]) u(k, n) order by k
                on conflict (workspace_id, kind, day) do update set n = t.n + excluded.n""")) {
            ps.setObject(1, ws);
            ps.setArray(2, c.createArrayOf("varchar", perDay.keySet().toArray()));
            ps.setArray(3, c.createArrayOf("int8", perDay.values().toArray()));
            ps.executeUpdate();
        }
        // Chain delta. Each person's days of a kind form a chain; distinct_hist counts every day
        // under (day, previous day). A new day d adds (d, prev); when the next day e of the chain
        // is an old one, e's pair moves from (e, its old previous day) to (e, d). Both neighbours
        // come from two index probes per new day, in the chains that already hold the new days
        // (one writer per workspace: nobody else changes them meanwhile).
        Map<MemberDayKey, LocalDate[]> around = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select u.k, u.m, u.d,
                       (select max(p.day) from member_day p where p.workspace_id = ? and p.kind = u.k and p.member_id = u.m and p.day < u.d),
                       (select min(x.day) from member_day x where x.workspace_id = ? and x.kind = u.k and x.member_id = u.m and x.day > u.d)
                  from unnest(?::char(1)[], ?::uuid[], ?::date[]) u(k, m, d)""")) {
            ps.setObject(1, ws);
            ps.setObject(2, ws);
            ps.setArray(3, c.createArrayOf("varchar", newKinds.toArray()));
            ps.setObject(4, BinaryArray.uuids(newMembers));
            ps.setObject(5, BinaryArray.dates(newDays));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    around.put(new MemberDayKey(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class)),
                            new LocalDate[] {rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)});
                }
            }
        }
        Map<PairKey, Long> pairs = new TreeMap<>();
        for (var e : around.entrySet()) {
            MemberDayKey d = e.getKey();
            LocalDate prev = e.getValue()[0];
            LocalDate next = e.getValue()[1];
            pairs.merge(new PairKey(d.kind, d.day, prev), 1L, Long::sum);
            if (next != null && !around.containsKey(new MemberDayKey(d.kind, d.memberId, next))) {
                LocalDate oldPrev = prev; // the last old day before d: back over the other new days
                while (oldPrev != null && around.containsKey(new MemberDayKey(d.kind, d.memberId, oldPrev))) {
                    oldPrev = around.get(new MemberDayKey(d.kind, d.memberId, oldPrev))[0];
                }
                pairs.merge(new PairKey(d.kind, next, oldPrev), -1L, Long::sum);
                pairs.merge(new PairKey(d.kind, next, d.day), 1L, Long::sum);
            }
        }
        pairs.values().removeIf(v -> v == 0);
        if (pairs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into distinct_hist as h (workspace_id, kind, day, prev_day, n)
                select ?, k, d, coalesce(p, '-infinity'::date), n from unnest(?::char(1)[], ?::date[], ?::date[], ?::int8[]) u(k, d, p, n)
                on conflict (workspace_id, kind, day, prev_day) do update set n = h.n + excluded.n""")) {
            ps.setObject(1, ws);
            ps.setArray(2, c.createArrayOf("varchar", pairs.keySet().stream().map(PairKey::kind).toArray()));
            ps.setObject(3, BinaryArray.dates(pairs.keySet().stream().map(PairKey::day).toList()));
            ps.setObject(4, BinaryArray.dates(pairs.keySet().stream().map(PairKey::prev).toList()));
            ps.setObject(5, pairs.values().stream().mapToLong(Long::longValue).toArray());
            ps.executeUpdate();
        }
    }

    /** Adds (sign 1) or removes (sign -1) the chain pairs of some people of one kind. */
    private static void chainDelta(Connection c, UUID ws, String kind, UUID[] people, int sign) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into distinct_hist as h (workspace_id, kind, day, prev_day, n)
                select ?, ?, day, prev_day, ? * count(*) from (
                    select day, coalesce(lag(day) over (partition by member_id order by day), '-infinity'::date) as prev_day
                      from member_day where workspace_id = ? and kind = cast(? as char(1)) and member_id = any(?)) c
                 group by day, prev_day order by day, prev_day
                on conflict (workspace_id, kind, day, prev_day) do update set n = h.n + excluded.n""")) {
            ps.setObject(1, ws);
            ps.setString(2, kind);
            ps.setInt(3, sign);
            ps.setObject(4, ws);
            ps.setString(5, kind);
            ps.setObject(6, BinaryArray.uuids(Arrays.asList(people)));
            ps.executeUpdate();
        }
    }

    private static void questions(Connection c, UUID ws, Map<QKey, QRow> questions) throws SQLException {
        if (questions.isEmpty()) {
            return;
        }
        int n = questions.size();
        String[] platforms = new String[n];
        String[] keys = new String[n];
        List<UUID> groups = new ArrayList<>(n);
        List<UUID> members = new ArrayList<>(n);
        Boolean[] staff = new Boolean[n];
        List<Instant> asked = new ArrayList<>(n);
        List<LocalDate> askedDays = new ArrayList<>(n);
        List<Instant> answered = new ArrayList<>(n);
        int i = 0;
        for (var e : questions.entrySet()) {
            platforms[i] = e.getKey().platform;
            keys[i] = e.getKey().key;
            QRow q = e.getValue();
            groups.add(q.groupId);
            members.add(q.memberId);
            staff[i] = q.askedAt == null ? null : q.staff;
            asked.add(q.askedAt);
            askedDays.add(q.askedDay);
            answered.add(q.answeredAt);
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into question as q (workspace_id, platform, question_key, group_id, member_id, asker_staff, asked_at, asked_day, answered_at)
                select ?, p, k, g, m, s, a, d, r
                  from unnest(?::varchar[], ?::varchar[], ?::uuid[], ?::uuid[], ?::boolean[], ?::timestamptz[], ?::date[], ?::timestamptz[])
                       u(p, k, g, m, s, a, d, r)
                 order by p, k
                on conflict (workspace_id, platform, question_key) do update set
                  group_id    = case when excluded.asked_at is not null and (q.asked_at is null or excluded.asked_at < q.asked_at) then excluded.group_id else q.group_id end,
                  member_id   = case when excluded.asked_at is not null and (q.asked_at is null or excluded.asked_at < q.asked_at) then excluded.member_id else q.member_id end,
                  asker_staff = case when excluded.asked_at is not null and (q.asked_at is null or excluded.asked_at < q.asked_at) then excluded.asker_staff else q.asker_staff end,
                  asked_day   = case when excluded.asked_at is not null and (q.asked_at is null or excluded.asked_at < q.asked_at) then excluded.asked_day else q.asked_day end,
                  asked_at    = least(q.asked_at, excluded.asked_at),
                  answered_at = least(q.answered_at, excluded.answered_at)""")) {
            ps.setObject(1, ws);
            ps.setArray(2, c.createArrayOf("varchar", platforms));
            ps.setArray(3, c.createArrayOf("varchar", keys));
            ps.setObject(4, BinaryArray.uuids(groups));
            ps.setObject(5, BinaryArray.uuids(members));
            ps.setArray(6, c.createArrayOf("bool", staff));
            ps.setObject(7, BinaryArray.timestamps(asked));
            ps.setObject(8, BinaryArray.dates(askedDays));
            ps.setObject(9, BinaryArray.timestamps(answered));
            ps.executeUpdate();
        }
    }

    private static void totals(Connection c, UUID ws, Map<DayKey, long[]> totals) throws SQLException {
        int n = totals.size();
        List<UUID> scopes = new ArrayList<>(n);
        List<LocalDate> days = new ArrayList<>(n);
        String[] types = new String[n];
        long[] events = new long[n]; // long[]: the driver sends these in binary itself
        long[] amounts = new long[n];
        long[] amountEvents = new long[n];
        long[] other = new long[n];
        int i = 0;
        for (var e : totals.entrySet()) {
            scopes.add(e.getKey().scope);
            days.add(e.getKey().day);
            types[i] = e.getKey().type;
            long[] t = e.getValue();
            events[i] = t[0];
            amounts[i] = t[1];
            amountEvents[i] = t[2];
            other[i] = t[3];
            i++;
        }
        if (n == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into metric_day as t (workspace_id, scope_id, day, type, events, amount_minor, amount_events, other_currency)
                select ?, s, d, ty, e, a, ae, o
                  from unnest(?::uuid[], ?::date[], ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[]) u(s, d, ty, e, a, ae, o)
                 order by s, d, ty
                on conflict (workspace_id, scope_id, day, type) do update set
                  events = t.events + excluded.events, amount_minor = t.amount_minor + excluded.amount_minor,
                  amount_events = t.amount_events + excluded.amount_events, other_currency = t.other_currency + excluded.other_currency""")) {
            ps.setObject(1, ws);
            ps.setObject(2, BinaryArray.uuids(scopes));
            ps.setObject(3, BinaryArray.dates(days));
            ps.setArray(4, c.createArrayOf("varchar", types));
            ps.setObject(5, events);
            ps.setObject(6, amounts);
            ps.setObject(7, amountEvents);
            ps.setObject(8, other);
            ps.executeUpdate();
        }
    }

    private static void workspaceTotals(Connection c, UUID ws, Map<DayKey, long[]> totals) throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        int n = totals.size();
        List<LocalDate> days = new ArrayList<>(n);
        String[] types = new String[n];
        long[][] values = new long[4][n];
        int i = 0;
        for (var e : totals.entrySet()) {
            days.add(e.getKey().day);
            types[i] = e.getKey().type;
            for (int k = 0; k < 4; k++) values[k][i] = e.getValue()[k];
            i++;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into workspace_day as t (workspace_id, day, type, events, amount_minor, amount_events, other_currency)
                select ?, d, ty, e, a, ae, o
                  from unnest(?::date[], ?::varchar[], ?::int8[], ?::int8[], ?::int8[], ?::int8[]) u(d, ty, e, a, ae, o)
                 order by d, ty
                on conflict (workspace_id, day, type) do update set
                  events = t.events + excluded.events, amount_minor = t.amount_minor + excluded.amount_minor,
                  amount_events = t.amount_events + excluded.amount_events, other_currency = t.other_currency + excluded.other_currency""")) {
            ps.setObject(1, ws);
            ps.setObject(2, BinaryArray.dates(days));
            ps.setArray(3, c.createArrayOf("varchar", types));
            for (int k = 0; k < 4; k++) ps.setObject(4 + k, values[k]);
            ps.executeUpdate();
        }
    }

    private record DayKey(UUID scope, LocalDate day, String type) {
    }

    private record MemberDayKey(String kind, UUID memberId, LocalDate day) {
    }

    /** A distinct_hist key; prev null stands for '-infinity' (the first day of a chain), sorted first. */
    private record PairKey(String kind, LocalDate day, LocalDate prev) implements Comparable<PairKey> {
        @Override
        public int compareTo(PairKey o) {
            int r = kind.compareTo(o.kind);
            if (r == 0) r = day.compareTo(o.day);
            if (r != 0) return r;
            if (prev == null || o.prev == null) return prev == o.prev ? 0 : prev == null ? -1 : 1;
            return prev.compareTo(o.prev);
        }
    }

    private record QKey(String platform, String key) implements Comparable<QKey> {
        @Override
        public int compareTo(QKey o) {
            int r = platform.compareTo(o.platform);
            return r != 0 ? r : key.compareTo(o.key);
        }
    }

    private static final class QRow {
        UUID groupId;
        UUID memberId;
        boolean staff;
        Instant askedAt;
        LocalDate askedDay;
        Instant answeredAt;
    }
}
