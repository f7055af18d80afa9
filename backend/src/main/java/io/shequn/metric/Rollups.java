package io.shequn.metric;

import io.shequn.event.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps the metric rollups in step with the facts, in the same transaction that writes the
 * facts: an acknowledged event is a counted event (docs/metrics.md, Freshness).
 *
 * Plain JDBC on the ingestion path's connection (a batch is aggregated in Java first, then one
 * multi-row statement per table, keys sorted so that concurrent batches take their row locks in
 * the same order and cannot deadlock). The statements run in a fixed order: member_day,
 * member_day_count, member_kind (person locks), distinct_hist, question, metric_day,
 * workspace_day (the hottest rows, last, so they are held for the shortest time). Membership-based rollups are kept by a trigger on
 * membership (V7__metric_rollups.sql), the one place that sees every path writing memberships.
 */
@ApplicationScoped
public class Rollups {
    static final String ACTIVE = "a";
    static final String BUYER = "b";
    static final String INVITER = "i";
    /** The key of the workspace's own totals in the aggregation (written to workspace_day). */
    private static final UUID WORKSPACE = new UUID(0, 0);

    /** Events just stored by the ingestion path, on the connection of its transaction. */
    public void eventsStored(Connection c, UUID workspaceId, ZoneId zone, List<StoredEvent> events) throws SQLException {
        if (events == null || events.isEmpty()) {
            return;
        }
        String currency = currency(c, workspaceId);
        // metric_day: (scope, day, type) -> totals; staff events are left out of every figure but response time
        Map<DayKey, long[]> totals = new TreeMap<>();
        // member_day: (kind, member, day)
        TreeSet<MemberDayKey> memberDays = new TreeSet<>();
        Map<QKey, QRow> questions = new TreeMap<>();
        for (StoredEvent e : events) {
            LocalDate day = e.occurredAt().atZone(zone).toLocalDate();
            if (e.questionKey() != null && ("question_asked".equals(e.type()) || "question_answered".equals(e.type()))) {
                QRow q = questions.computeIfAbsent(new QKey(e.platform(), e.questionKey()), k -> new QRow());
                if ("question_asked".equals(e.type())) {
                    if (q.askedAt == null || e.occurredAt().isBefore(q.askedAt.toInstant())) {
                        q.askedAt = Timestamp.from(e.occurredAt());
                        q.askedDay = day;
                        q.groupId = e.groupId();
                        q.memberId = e.memberId();
                        q.staff = e.staff();
                    }
                } else if (q.answeredAt == null || e.occurredAt().isBefore(q.answeredAt.toInstant())) {
                    q.answeredAt = Timestamp.from(e.occurredAt());
                }
            }
            if (e.staff()) {
                continue;
            }
            for (UUID scope : new UUID[] {e.groupId(), WORKSPACE}) {
                if (scope == null) {
                    continue;
                }
                long[] t = totals.computeIfAbsent(new DayKey(scope, day, e.type()), k -> new long[4]);
                t[0]++;
                if (e.amountMinor() != null) {
                    if (Objects.equals(currency, e.currency())) {
                        t[1] += e.amountMinor();
                        t[2]++;
                    } else {
                        t[3]++;
                    }
                }
            }
            if (e.memberId() != null) {
                if (!"joined".equals(e.type()) && !"left".equals(e.type())) {
                    memberDays.add(new MemberDayKey(ACTIVE, e.memberId(), day));
                }
                if ("order_placed".equals(e.type())) {
                    memberDays.add(new MemberDayKey(BUYER, e.memberId(), day));
                }
                if ("invite_sent".equals(e.type())) {
                    memberDays.add(new MemberDayKey(INVITER, e.memberId(), day));
                }
            }
        }
        distinctDays(c, workspaceId, memberDays);
        questions(c, workspaceId, questions);
        Map<DayKey, long[]> groups = new TreeMap<>();
        Map<DayKey, long[]> workspace = new TreeMap<>();
        totals.forEach((k, v) -> (k.scope.equals(WORKSPACE) ? workspace : groups).put(k, v));
        totals(c, workspaceId, groups);
        workspaceTotals(c, workspaceId, workspace);
    }

    /**
     * After the absorbed member's events and memberships were moved to the survivor: the
     * absorbed person's days join the survivor's (a day both had counts once), the chains are
     * recomputed for the survivor, and their questions follow. Member counts follow through the
     * membership trigger.
     */
    public void membersMerged(Connection c, UUID workspaceId, UUID absorbedId, UUID survivorId) throws SQLException {
        UUID[] both = absorbedId.compareTo(survivorId) < 0 ? new UUID[] {absorbedId, survivorId} : new UUID[] {survivorId, absorbedId};
        for (String kind : List.of(ACTIVE, BUYER, INVITER)) {
            try (PreparedStatement lock = c.prepareStatement("""
                    select 1 from member_kind where workspace_id = ? and kind = cast(? as char(1)) and member_id = any(?)
                     order by member_id for update""")) {
                lock.setObject(1, workspaceId);
                lock.setString(2, kind);
                lock.setArray(3, c.createArrayOf("uuid", both));
                lock.executeQuery().close();
            }
            // old chains of both people out; a day both had now counts once
            chainDelta(c, workspaceId, kind, both, -1);
            exec(c, """
                    update member_day_count t set n = t.n - 1
                      from member_day a join member_day s on s.workspace_id = a.workspace_id and s.kind = a.kind and s.day = a.day
                                                          and s.member_id = ?
                     where a.workspace_id = ? and a.kind = cast(? as char(1)) and a.member_id = ?
                       and t.workspace_id = a.workspace_id and t.kind = a.kind and t.day = a.day""",
                    survivorId, workspaceId, kind, absorbedId);
            exec(c, """
                    insert into member_day (workspace_id, kind, member_id, day)
                    select workspace_id, kind, ?, day from member_day where workspace_id = ? and kind = cast(? as char(1)) and member_id = ?
                    on conflict do nothing""", survivorId, workspaceId, kind, absorbedId);
            exec(c, "delete from member_day where workspace_id = ? and kind = cast(? as char(1)) and member_id = ?", workspaceId, kind, absorbedId);
            exec(c, "delete from member_kind where workspace_id = ? and kind = cast(? as char(1)) and member_id = ?", workspaceId, kind, absorbedId);
            exec(c, """
                    insert into member_kind as k (workspace_id, kind, member_id, last_day)
                    select workspace_id, kind, member_id, max(day) from member_day
                     where workspace_id = ? and kind = cast(? as char(1)) and member_id = ? group by workspace_id, kind, member_id
                    on conflict (workspace_id, kind, member_id) do update set last_day = excluded.last_day""",
                    workspaceId, kind, survivorId);
            // the survivor's merged chain in
            chainDelta(c, workspaceId, kind, new UUID[] {survivorId}, 1);
        }
        exec(c, "update question set member_id = ? where workspace_id = ? and member_id = ?", survivorId, workspaceId, absorbedId);
    }

    private static String currency(Connection c, UUID workspaceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select currency from workspace where workspace_id = ?")) {
            ps.setObject(1, workspaceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** New (kind, member, day) rows, then the chain histogram of the people who got one. */
    private static void distinctDays(Connection c, UUID ws, TreeSet<MemberDayKey> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        int n = keys.size();
        String[] kinds = new String[n];
        UUID[] members = new UUID[n];
        Date[] days = new Date[n];
        int i = 0;
        for (MemberDayKey k : keys) {
            kinds[i] = k.kind;
            members[i] = k.memberId;
            days[i] = Date.valueOf(k.day);
            i++;
        }
        List<String> newKinds = new ArrayList<>();
        List<UUID> newMembers = new ArrayList<>();
        List<Date> newDays = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into member_day (workspace_id, kind, member_id, day)
                select ?, k, m, d from unnest(?::varchar[], ?::uuid[], ?::date[]) u(k, m, d) order by k, m, d
                on conflict do nothing returning kind, member_id, day""")) {
            ps.setObject(1, ws);
            ps.setArray(2, c.createArrayOf("varchar", kinds));
            ps.setArray(3, c.createArrayOf("uuid", members));
            ps.setArray(4, c.createArrayOf("date", days));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newKinds.add(rs.getString(1));
                    newMembers.add(rs.getObject(2, UUID.class));
                    newDays.add(rs.getDate(3));
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
        Array aKinds = c.createArrayOf("varchar", newKinds.toArray());
        Array aMembers = c.createArrayOf("uuid", newMembers.toArray());
        Array aDays = c.createArrayOf("date", newDays.toArray());
        // person locks (sorted): the chain read below then sees every committed day of these people
        try (PreparedStatement ps = c.prepareStatement("""
                insert into member_kind as k (workspace_id, kind, member_id, last_day)
                select ?, kind, m, max(d) from unnest(?::varchar[], ?::uuid[], ?::date[]) u(kind, m, d)
                 group by kind, m order by kind, m
                on conflict (workspace_id, kind, member_id) do update set last_day = greatest(k.last_day, excluded.last_day)""")) {
            ps.setObject(1, ws);
            ps.setArray(2, aKinds);
            ps.setArray(3, aMembers);
            ps.setArray(4, aDays);
            ps.executeUpdate();
        }
        // Chain delta: every (day, prev_day) pair of these people's chains with the new days,
        // minus the pairs without them. Usually one +1 (a new latest day); a late day in the
        // middle of a chain also moves the pair of the day after it.
        try (PreparedStatement ps = c.prepareStatement("""
                with new_rows as (select distinct kind::char(1) as kind, member_id, day
                                    from unnest(?::varchar[], ?::uuid[], ?::date[]) u(kind, member_id, day)),
                people as (select distinct kind, member_id from new_rows),
                chain as (select d.kind, d.member_id, d.day, n.day is not null as is_new
                            from people p
                            join member_day d on d.workspace_id = ? and d.kind = p.kind and d.member_id = p.member_id
                            left join new_rows n on n.kind = d.kind and n.member_id = d.member_id and n.day = d.day),
                after as (select kind, day, coalesce(lag(day) over (partition by kind, member_id order by day), '-infinity'::date) as prev_day, 1 as n
                            from chain),
                before as (select kind, day, coalesce(lag(day) over (partition by kind, member_id order by day), '-infinity'::date) as prev_day, -1 as n
                             from chain where not is_new),
                delta as (select kind, day, prev_day, sum(n) as n from (select * from after union all select * from before) x
                           group by kind, day, prev_day having sum(n) <> 0)
                insert into distinct_hist as h (workspace_id, kind, day, prev_day, n)
                select ?, kind, day, prev_day, n from delta order by kind, day, prev_day
                on conflict (workspace_id, kind, day, prev_day) do update set n = h.n + excluded.n""")) {
            ps.setArray(1, aKinds);
            ps.setArray(2, aMembers);
            ps.setArray(3, aDays);
            ps.setObject(4, ws);
            ps.setObject(5, ws);
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
            ps.setArray(6, c.createArrayOf("uuid", people));
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
        UUID[] groups = new UUID[n];
        UUID[] members = new UUID[n];
        Boolean[] staff = new Boolean[n];
        Timestamp[] asked = new Timestamp[n];
        Date[] askedDays = new Date[n];
        Timestamp[] answered = new Timestamp[n];
        int i = 0;
        for (var e : questions.entrySet()) {
            platforms[i] = e.getKey().platform;
            keys[i] = e.getKey().key;
            QRow q = e.getValue();
            groups[i] = q.groupId;
            members[i] = q.memberId;
            staff[i] = q.askedAt == null ? null : q.staff;
            asked[i] = q.askedAt;
            askedDays[i] = q.askedDay == null ? null : Date.valueOf(q.askedDay);
            answered[i] = q.answeredAt;
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
            ps.setArray(4, c.createArrayOf("uuid", groups));
            ps.setArray(5, c.createArrayOf("uuid", members));
            ps.setArray(6, c.createArrayOf("bool", staff));
            ps.setArray(7, c.createArrayOf("timestamptz", asked));
            ps.setArray(8, c.createArrayOf("date", askedDays));
            ps.setArray(9, c.createArrayOf("timestamptz", answered));
            ps.executeUpdate();
        }
    }

    private static void totals(Connection c, UUID ws, Map<DayKey, long[]> totals) throws SQLException {
        int n = totals.size();
        UUID[] scopes = new UUID[n];
        Date[] days = new Date[n];
        String[] types = new String[n];
        Long[] events = new Long[n];
        Long[] amounts = new Long[n];
        Long[] amountEvents = new Long[n];
        Long[] other = new Long[n];
        int i = 0;
        for (var e : totals.entrySet()) {
            scopes[i] = e.getKey().scope;
            days[i] = Date.valueOf(e.getKey().day);
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
            ps.setArray(2, c.createArrayOf("uuid", scopes));
            ps.setArray(3, c.createArrayOf("date", days));
            ps.setArray(4, c.createArrayOf("varchar", types));
            ps.setArray(5, c.createArrayOf("int8", events));
            ps.setArray(6, c.createArrayOf("int8", amounts));
            ps.setArray(7, c.createArrayOf("int8", amountEvents));
            ps.setArray(8, c.createArrayOf("int8", other));
            ps.executeUpdate();
        }
    }

    private static void workspaceTotals(Connection c, UUID ws, Map<DayKey, long[]> totals) throws SQLException {
        if (totals.isEmpty()) {
            return;
        }
        int n = totals.size();
        Date[] days = new Date[n];
        String[] types = new String[n];
        Long[][] values = new Long[4][n];
        int i = 0;
        for (var e : totals.entrySet()) {
            days[i] = Date.valueOf(e.getKey().day);
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
            ps.setArray(2, c.createArrayOf("date", days));
            ps.setArray(3, c.createArrayOf("varchar", types));
            for (int k = 0; k < 4; k++) ps.setArray(4 + k, c.createArrayOf("int8", values[k]));
            ps.executeUpdate();
        }
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private record DayKey(UUID scope, LocalDate day, String type) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey o) {
            int r = scope.compareTo(o.scope);
            if (r == 0) r = day.compareTo(o.day);
            return r != 0 ? r : type.compareTo(o.type);
        }
    }

    private record MemberDayKey(String kind, UUID memberId, LocalDate day) implements Comparable<MemberDayKey> {
        @Override
        public int compareTo(MemberDayKey o) {
            int r = kind.compareTo(o.kind);
            if (r == 0) r = memberId.compareTo(o.memberId);
            return r != 0 ? r : day.compareTo(o.day);
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
        Timestamp askedAt;
        LocalDate askedDay;
        Timestamp answeredAt;
    }
}
