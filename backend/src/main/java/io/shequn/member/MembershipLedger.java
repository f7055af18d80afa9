package io.shequn.member;

import io.shequn.common.BinaryArray;
import io.shequn.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The one writer of memberships (who is in which group, from when to when), of
 * chat_group.member_count and of the over_capacity alerts. Every path that moves people in or
 * out of groups comes here: joined/left events, the CSV import, API joins and leaves, merges
 * (docs/architecture.md, "Memberships"). The rules, once:
 * <ul>
 * <li><b>replay</b>: a member's stays in a group are the replay, in occurredAt order, of the
 * facts about them: joined/left events whatever their arrival order, and the boundaries of the
 * stays written without events (API, import, merge). Out, a join opens a stay; in, a left
 * closes it; a join while in and a left while out change nothing. At one instant a left comes
 * before a join (a leave and a re-join in the same second leave the member in).</li>
 * <li><b>capacity</b>: facts from events are stored past the hard limit, and in archived
 * groups (events are facts); joins through the API or an import are refused at the hard limit
 * and in archived groups ({@link Joins#add}).</li>
 * <li><b>alerts</b>: after every change of a group's count, the group has one open
 * over_capacity alert while it is past its hard limit, and none once it is back within it,
 * whatever made it fall.</li>
 * </ul>
 * Groups are locked in id order before their memberships are read (API joins, imports and
 * batches alike), so member_count stays exact and concurrent writers do not deadlock. Plain
 * JDBC on the caller's transaction connection, set-based over a batch's (group, member) pairs:
 * the ingestion path calls it once per batch.
 */
@ApplicationScoped
public class MembershipLedger {
    /** A joined (true) or left event of a member in a group, at its occurredAt. */
    public record Move(UUID groupId, UUID memberId, Instant at, boolean joined) {
    }

    /** A stay to open through the API or an import. */
    public record Join(UUID groupId, UUID memberId, String role, String joinChannel, UUID invitedBy) {
    }

    /** A (group, member) pair. */
    record Pair(UUID groupId, UUID memberId) {
    }

    /** A stored stay; leftAt null while current. */
    record Stay(UUID id, Instant joinedAt, Instant leftAt, String leftReason) {
        boolean current() {
            return leftAt == null;
        }
    }

    /** A locked group's count, limit and status. */
    record Group(int memberCount, int hardLimit, String status) {
    }

    /** Why a join through the API or an import is refused. */
    public enum Refusal { ARCHIVED, FULL }

    /** The outcome of {@link Joins#add}: the new membership's id, or why there is none. */
    public record Admission(UUID membershipId, Refusal refusal) {
    }

    // ------------------------------------------------------------------ facts from events

    /**
     * Replays the pairs these events touch from the earliest of their instants (the events are
     * stored already, in this transaction: they are read back with the stored ones). What lies
     * before that instant is the replay of what came before, and stays; from it on, the stored
     * events and stay boundaries of the pair are replayed again, starting in the stay open just
     * before it, if any. A few statements per call whatever the number of pairs.
     */
    public void recordEvents(Connection c, UUID ws, Instant now, List<Move> moves) throws SQLException {
        if (moves.isEmpty()) {
            return;
        }
        Map<Pair, Instant> since = new LinkedHashMap<>();
        Map<Pair, List<Fact>> facts = new HashMap<>();
        TreeSet<UUID> groupIds = new TreeSet<>();
        for (Move m : moves) {
            Pair p = new Pair(m.groupId(), m.memberId());
            since.merge(p, m.at(), (a, b) -> a.isBefore(b) ? a : b);
            facts.computeIfAbsent(p, k -> new ArrayList<>()).add(new Fact(m.at(), m.joined(), "left", null));
            groupIds.add(m.groupId());
        }
        Counts counts = lock(c, ws, groupIds);
        Map<Pair, List<Stay>> stays = readStays(c, ws, since);
        readEvents(c, ws, since, facts);
        Changes changes = new Changes();
        for (var e : since.entrySet()) {
            Pair p = e.getKey();
            int delta = replay(p, e.getValue(), stays.getOrDefault(p, List.of()), facts.get(p), changes);
            counts.add(p.groupId(), delta);
        }
        changes.write(c, ws);
        counts.write(c, ws, now);
    }

    /** A fact of the replay: an event, or the boundary of a stored stay (then {@code stay} is set). */
    record Fact(Instant at, boolean join, String reason, Stay stay) {
    }

    /** At one instant, lefts first, then joins; stay boundaries before events (their reason is kept). */
    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::at).thenComparing(Fact::join)
            .thenComparing(f -> f.stay() == null);

    /** A stay as the replay makes it; {@code opener} is the stored stay whose join opened it, if any. */
    private record Span(Instant joinedAt, Instant leftAt, String leftReason, Stay opener) {
    }

    /**
     * Replays one pair from t0 and records the row changes; answers the change in its number of
     * current stays (-1, 0 or 1).
     */
    static int replay(Pair p, Instant t0, List<Stay> stored, List<Fact> events, Changes changes) {
        // the stay the member is in just before t0 (the current one if several overlap after a merge)
        Stay in = null;
        List<Stay> later = new ArrayList<>();
        for (Stay s : stored) {
            if (!s.joinedAt().isBefore(t0)) {
                later.add(s);
            } else if (s.leftAt() == null || !s.leftAt().isBefore(t0)) {
                if (in == null || s.current() || !in.current() && s.joinedAt().isAfter(in.joinedAt())) {
                    in = s;
                }
            }
        }
        List<Fact> facts = new ArrayList<>(events);
        if (in != null && in.leftAt() != null) {
            facts.add(new Fact(in.leftAt(), false, in.leftReason(), in));
        }
        for (Stay s : later) {
            facts.add(new Fact(s.joinedAt(), true, null, s));
            if (s.leftAt() != null) {
                facts.add(new Fact(s.leftAt(), false, s.leftReason(), s));
            }
        }
        facts.sort(ORDER);
        List<Span> spans = new ArrayList<>();
        Instant openAt = in == null ? null : in.joinedAt();
        Stay opener = in;
        for (Fact f : facts) {
            if (f.join() && openAt == null) {
                openAt = f.at();
                opener = f.stay();
            } else if (!f.join() && openAt != null) {
                spans.add(new Span(openAt, f.at(), f.reason(), opener));
                openAt = null;
            }
        }
        if (openAt != null) {
            spans.add(new Span(openAt, null, null, opener));
        }
        // rows: the stay just before t0 goes on; later spans take the stored stay that opened them,
        // else the first one they overlap (its id, role and channel stay), else a new row
        int before = (in != null && in.current() ? 1 : 0) + (int) later.stream().filter(Stay::current).count();
        Set<Stay> used = new HashSet<>();
        for (Span sp : spans) {
            Stay row = sp.opener() != null && !used.contains(sp.opener()) ? sp.opener() : null;
            if (row == null) {
                row = later.stream().filter(s -> !used.contains(s) && overlaps(s, sp)).findFirst().orElse(null);
            }
            if (row == null) {
                changes.inserts.add(new Row(Ids.newId(), p, sp.joinedAt(), sp.leftAt(), sp.leftReason()));
                continue;
            }
            used.add(row);
            if (!row.joinedAt().equals(sp.joinedAt()) || !java.util.Objects.equals(row.leftAt(), sp.leftAt())
                    || !java.util.Objects.equals(row.leftReason(), sp.leftReason())) {
                changes.updates.add(new Row(row.id(), p, sp.joinedAt(), sp.leftAt(), sp.leftReason()));
            }
        }
        for (Stay s : later) {
            if (!used.contains(s)) {
                changes.deletes.add(s.id());
            }
        }
        int after = !spans.isEmpty() && spans.get(spans.size() - 1).leftAt() == null ? 1 : 0;
        return after - before;
    }

    private static boolean overlaps(Stay s, Span sp) {
        boolean startsBeforeSpanEnds = sp.leftAt() == null || s.joinedAt().isBefore(sp.leftAt());
        boolean endsAfterSpanStarts = s.leftAt() == null || s.leftAt().isAfter(sp.joinedAt());
        return startsBeforeSpanEnds && endsAfterSpanStarts;
    }

    /** A membership row to write: its id, pair and span. */
    record Row(UUID id, Pair pair, Instant joinedAt, Instant leftAt, String leftReason) {
    }

    /** The row changes of a replay, written in an order membership_current_uq accepts at every row. */
    static final class Changes {
        final List<UUID> deletes = new ArrayList<>();
        final List<Row> updates = new ArrayList<>();
        final List<Row> inserts = new ArrayList<>();

        void write(Connection c, UUID ws) throws SQLException {
            if (!deletes.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("delete from membership where workspace_id = ? and membership_id = any(?)")) {
                    s.setObject(1, ws);
                    s.setObject(2, BinaryArray.uuids(deletes));
                    s.executeUpdate();
                }
            }
            // stays that end first, then those that become current, then new rows (current ones last):
            // a pair never has two current stays, not even between two rows of a statement
            update(c, ws, updates.stream().filter(r -> r.leftAt() != null).toList());
            update(c, ws, updates.stream().filter(r -> r.leftAt() == null).toList());
            List<Row> rows = new ArrayList<>(inserts);
            rows.sort(Comparator.comparing((Row r) -> r.leftAt() == null));
            if (!rows.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("insert into membership (workspace_id, membership_id, group_id, member_id,"
                        + " role, joined_at, left_at, left_reason) select ?, v.id, v.g, v.m, 'member', v.j, v.l, v.r"
                        + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as timestamptz[]),"
                        + " cast(? as timestamptz[]), cast(? as varchar[])) with ordinality v(id, g, m, j, l, r, n) order by v.n")) {
                    s.setObject(1, ws);
                    s.setObject(2, BinaryArray.uuids(rows.stream().map(Row::id).toList()));
                    s.setObject(3, BinaryArray.uuids(rows.stream().map(r -> r.pair().groupId()).toList()));
                    s.setObject(4, BinaryArray.uuids(rows.stream().map(r -> r.pair().memberId()).toList()));
                    s.setObject(5, BinaryArray.timestamps(rows.stream().map(Row::joinedAt).toList()));
                    s.setObject(6, BinaryArray.timestamps(rows.stream().map(Row::leftAt).toList()));
                    s.setArray(7, c.createArrayOf("varchar", rows.stream().map(Row::leftReason).toArray()));
                    s.executeUpdate();
                }
            }
        }

        private static void update(Connection c, UUID ws, List<Row> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("update membership m set joined_at = v.j, left_at = v.l, left_reason = v.r"
                    + " from unnest(cast(? as uuid[]), cast(? as timestamptz[]), cast(? as timestamptz[]), cast(? as varchar[])) v(id, j, l, r)"
                    + " where m.workspace_id = ? and m.membership_id = v.id")) {
                s.setObject(1, BinaryArray.uuids(rows.stream().map(Row::id).toList()));
                s.setObject(2, BinaryArray.timestamps(rows.stream().map(Row::joinedAt).toList()));
                s.setObject(3, BinaryArray.timestamps(rows.stream().map(Row::leftAt).toList()));
                s.setArray(4, c.createArrayOf("varchar", rows.stream().map(Row::leftReason).toArray()));
                s.setObject(5, ws);
                s.executeUpdate();
            }
        }
    }

    /**
     * The stays of each pair that matter from its instant on: the current one (one index probe,
     * "limit 1" keeps it a probe per pair whatever the planner guesses of the arrays:
     * docs/benchmarks.md, section 3) and those that ended at or after it.
     */
    private static Map<Pair, List<Stay>> readStays(Connection c, UUID ws, Map<Pair, Instant> since) throws SQLException {
        List<Pair> pairs = new ArrayList<>(since.keySet());
        Map<Pair, List<Stay>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select v.n, x.membership_id, x.joined_at, x.left_at, x.left_reason"
                + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as timestamptz[])) with ordinality v(g, m, t, n)"
                + " join lateral ((select * from membership s where s.workspace_id = ? and s.group_id = v.g and s.member_id = v.m"
                + "   and s.left_at is null limit 1)"
                + " union all (select * from membership s where s.workspace_id = ? and s.member_id = v.m and s.group_id = v.g"
                + "   and s.left_at >= v.t)) x on true")) {
            s.setObject(1, BinaryArray.uuids(pairs.stream().map(Pair::groupId).toList()));
            s.setObject(2, BinaryArray.uuids(pairs.stream().map(Pair::memberId).toList()));
            s.setObject(3, BinaryArray.timestamps(pairs.stream().map(since::get).toList()));
            s.setObject(4, ws);
            s.setObject(5, ws);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp left = r.getTimestamp(4);
                    out.computeIfAbsent(pairs.get(r.getInt(1) - 1), k -> new ArrayList<>()).add(new Stay(r.getObject(2, UUID.class),
                            r.getTimestamp(3).toInstant(), left == null ? null : left.toInstant(), r.getString(5)));
                }
            }
        }
        return out;
    }

    /** The stored joined/left events of each pair from its instant on (this batch's among them). */
    private static void readEvents(Connection c, UUID ws, Map<Pair, Instant> since, Map<Pair, List<Fact>> facts) throws SQLException {
        List<Pair> pairs = new ArrayList<>(since.keySet());
        try (PreparedStatement s = c.prepareStatement("select v.n, x.occurred_at, x.type = 'joined'"
                + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as timestamptz[])) with ordinality v(g, m, t, n)"
                + " join lateral (select e.occurred_at, e.type from event e where e.workspace_id = ? and e.member_id = v.m"
                + "   and e.occurred_at >= v.t and e.group_id = v.g and e.type in ('joined', 'left')) x on true")) {
            s.setObject(1, BinaryArray.uuids(pairs.stream().map(Pair::groupId).toList()));
            s.setObject(2, BinaryArray.uuids(pairs.stream().map(Pair::memberId).toList()));
            s.setObject(3, BinaryArray.timestamps(pairs.stream().map(since::get).toList()));
            s.setObject(4, ws);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    // the batch's own events come back too: a fact twice changes nothing in a replay
                    facts.get(pairs.get(r.getInt(1) - 1)).add(new Fact(r.getTimestamp(2).toInstant(), r.getBoolean(3), "left", null));
                }
            }
        }
    }

    // ------------------------------------------------------------------ joins and leaves without events

    /**
     * Joins through the API or an import, at the time of the request: the groups are locked and
     * their room read first; {@link Joins#add} refuses a join at the hard limit.
     */
    public Joins joins(Connection c, UUID ws, Collection<UUID> groupIds) throws SQLException {
        return new Joins(c, ws, lock(c, ws, groupIds));
    }

    /** Joins of one transaction into locked groups, written by {@link #write}. */
    public static final class Joins {
        private final Connection c;
        private final UUID ws;
        private final Counts counts;
        private final List<Join> joins = new ArrayList<>();
        private final List<UUID> ids = new ArrayList<>();

        private Joins(Connection c, UUID ws, Counts counts) {
            this.c = c;
            this.ws = ws;
            this.counts = counts;
        }

        /** The group's count with the joins added so far; null when it is not one of the locked groups. */
        public Integer memberCount(UUID groupId) {
            return counts.groups.containsKey(groupId) ? counts.count(groupId) : null;
        }

        public int hardLimit(UUID groupId) {
            return counts.groups.get(groupId).hardLimit();
        }

        /** Adds the join, unless the group is archived or at its hard limit (then nothing is added). */
        public Admission add(Join j) {
            if ("archived".equals(counts.groups.get(j.groupId()).status())) {
                return new Admission(null, Refusal.ARCHIVED);
            }
            if (counts.count(j.groupId()) >= hardLimit(j.groupId())) {
                return new Admission(null, Refusal.FULL);
            }
            counts.add(j.groupId(), 1);
            joins.add(j);
            UUID id = Ids.newId();
            ids.add(id);
            return new Admission(id, null);
        }

        /** The memberships, joined now, and the groups' counts. */
        public void write(Instant now) throws SQLException {
            if (joins.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement("insert into membership (workspace_id, membership_id, group_id, member_id,"
                    + " role, joined_at, join_channel, invited_by_member_id) select ?, v.id, v.g, v.m, v.r, ?, v.ch, v.inv"
                    + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]),"
                    + " cast(? as uuid[])) v(id, g, m, r, ch, inv)")) {
                s.setObject(1, ws);
                s.setTimestamp(2, Timestamp.from(now));
                s.setObject(3, BinaryArray.uuids(ids));
                s.setObject(4, BinaryArray.uuids(joins.stream().map(Join::groupId).toList()));
                s.setObject(5, BinaryArray.uuids(joins.stream().map(Join::memberId).toList()));
                s.setArray(6, c.createArrayOf("varchar", joins.stream().map(j -> j.role() == null ? "member" : j.role()).toArray()));
                s.setArray(7, c.createArrayOf("varchar", joins.stream().map(Join::joinChannel).toArray()));
                s.setObject(8, BinaryArray.uuids(joins.stream().map(Join::invitedBy).toList()));
                s.executeUpdate();
            }
            counts.write(c, ws, now);
            joins.clear();
            ids.clear();
        }
    }

    /** What a leave through the API found. */
    public enum Leave { LEFT, ALREADY_LEFT, NOT_FOUND }

    /** Ends a current membership of the group now (the API's leave), with its reason. */
    public Leave leave(Connection c, UUID ws, UUID groupId, UUID membershipId, String reason, Instant now) throws SQLException {
        Counts counts = lock(c, ws, List.of(groupId));
        if (counts.groups.isEmpty()) {
            return Leave.NOT_FOUND;
        }
        try (PreparedStatement s = c.prepareStatement("select left_at from membership where workspace_id = ? and group_id = ?"
                + " and membership_id = ? for update")) {
            s.setObject(1, ws);
            s.setObject(2, groupId);
            s.setObject(3, membershipId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Leave.NOT_FOUND;
                }
                if (r.getTimestamp(1) != null) {
                    return Leave.ALREADY_LEFT;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("update membership set left_at = greatest(joined_at, ?), left_reason = ?"
                + " where workspace_id = ? and membership_id = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, reason);
            s.setObject(3, ws);
            s.setObject(4, membershipId);
            s.executeUpdate();
        }
        counts.add(groupId, -1);
        counts.write(c, ws, now);
        return Leave.LEFT;
    }

    /**
     * A merge: the absorbed member's stays move to the survivor; where both are in a group now,
     * the absorbed one's stay ends (reason "merged") and the group counts one less. Answers how
     * many stays it ended.
     */
    public int merge(Connection c, UUID ws, UUID survivor, UUID absorbed, Instant now) throws SQLException {
        List<UUID> both = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select a.group_id from membership a where a.workspace_id = ? and a.member_id = ?"
                + " and a.left_at is null and exists (select 1 from membership s where s.workspace_id = a.workspace_id"
                + " and s.group_id = a.group_id and s.member_id = ? and s.left_at is null)")) {
            s.setObject(1, ws);
            s.setObject(2, absorbed);
            s.setObject(3, survivor);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    both.add(r.getObject(1, UUID.class));
                }
            }
        }
        Counts counts = lock(c, ws, both);
        if (!both.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("update membership set left_at = greatest(joined_at, ?), left_reason = 'merged'"
                    + " where workspace_id = ? and member_id = ? and left_at is null and group_id = any(?)")) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setObject(2, ws);
                s.setObject(3, absorbed);
                s.setObject(4, BinaryArray.uuids(both));
                s.executeUpdate();
            }
            both.forEach(g -> counts.add(g, -1));
        }
        try (PreparedStatement s = c.prepareStatement("update membership set member_id = ? where workspace_id = ? and member_id = ?")) {
            s.setObject(1, survivor);
            s.setObject(2, ws);
            s.setObject(3, absorbed);
            s.executeUpdate();
        }
        counts.write(c, ws, now);
        return both.size();
    }

    // ------------------------------------------------------------------ counts, capacity, alerts

    /** Locks the groups in id order and reads their counts: the first step of every change. */
    Counts lock(Connection c, UUID ws, Collection<UUID> groupIds) throws SQLException {
        Counts counts = new Counts();
        if (groupIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement s = c.prepareStatement("select group_id, member_count, hard_limit, status from chat_group"
                + " where workspace_id = ? and group_id = any(?) order by group_id for no key update")) {
            s.setObject(1, ws);
            s.setObject(2, BinaryArray.uuids(new TreeSet<>(groupIds)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.groups.put(r.getObject(1, UUID.class), new Group(r.getInt(2), r.getInt(3), r.getString(4)));
                }
            }
        }
        return counts;
    }

    /** The locked groups of one change and how their counts move. */
    static final class Counts {
        final Map<UUID, Group> groups = new LinkedHashMap<>();
        final Map<UUID, Integer> delta = new LinkedHashMap<>();

        void add(UUID groupId, int n) {
            if (n != 0) {
                delta.merge(groupId, n, Integer::sum);
            }
        }

        int count(UUID groupId) {
            return groups.get(groupId).memberCount() + delta.getOrDefault(groupId, 0);
        }

        /** member_count of the groups that moved, then their over_capacity alerts. */
        void write(Connection c, UUID ws, Instant now) throws SQLException {
            delta.values().removeIf(d -> d == 0);
            if (delta.isEmpty()) {
                return;
            }
            List<UUID> ids = new ArrayList<>(delta.keySet());
            try (PreparedStatement s = c.prepareStatement("update chat_group g set member_count = g.member_count + v.n"
                    + " from unnest(cast(? as uuid[]), cast(? as int[])) v(id, n) where g.workspace_id = ? and g.group_id = v.id")) {
                s.setObject(1, BinaryArray.uuids(ids));
                s.setObject(2, ids.stream().mapToInt(delta::get).toArray());
                s.setObject(3, ws);
                s.executeUpdate();
            }
            List<UUID> over = ids.stream().filter(g -> count(g) > groups.get(g).hardLimit()).toList();
            List<UUID> within = ids.stream().filter(g -> count(g) <= groups.get(g).hardLimit()).toList();
            if (!over.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("insert into alert (workspace_id, alert_id, group_id, kind, raised_at,"
                        + " metric, value, threshold, detail) select ?, v.id, v.g, 'over_capacity', ?, 'member_count', v.n, v.l,"
                        + " jsonb_build_object('memberCount', v.n, 'hardLimit', v.l)"
                        + " from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as int[]), cast(? as int[])) v(id, g, n, l)"
                        + " on conflict (workspace_id, group_id, kind) where resolved_at is null do nothing")) {
                    s.setObject(1, ws);
                    s.setTimestamp(2, Timestamp.from(now));
                    s.setObject(3, BinaryArray.uuids(over.stream().map(g -> Ids.newId()).toList()));
                    s.setObject(4, BinaryArray.uuids(over));
                    s.setObject(5, over.stream().mapToInt(this::count).toArray());
                    s.setObject(6, over.stream().mapToInt(g -> groups.get(g).hardLimit()).toArray());
                    s.executeUpdate();
                }
            }
            if (!within.isEmpty()) {
                try (PreparedStatement s = c.prepareStatement("update alert set resolved_at = ? where workspace_id = ?"
                        + " and group_id = any(?) and kind = 'over_capacity' and resolved_at is null")) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setObject(2, ws);
                    s.setObject(3, BinaryArray.uuids(within));
                    s.executeUpdate();
                }
            }
        }
    }
}
