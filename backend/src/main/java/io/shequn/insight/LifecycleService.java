package io.shequn.insight;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.insight.InsightDtos.LifecycleCurve;
import io.shequn.insight.InsightDtos.LifecyclePoint;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.shequn.common.BinaryArray;
import io.shequn.metric.EventKinds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The group lifecycle curve (docs/metrics.md, "Cohorts and curves"): active share by group
 * age in local days, averaged over the groups old enough.
 *
 * <p>Cost: three statements whatever the number of groups and days. (1) Day 0 of each group:
 * every membership of the groups in scope once, through membership (workspace_id, group_id,
 * joined_at). (2) Those memberships again (non-staff), to count members at the end of each day
 * in memory: memberships x days comparisons. (3) One range of event (workspace_id, group_id,
 * occurred_at) per group over its first `days` local days, counted per group and local day
 * (staff left out by the workspace's short list of staff ids rather than a lookup per event).
 * So the events read are those of each group's first weeks, never the workspace's history.
 */
@ApplicationScoped
public class LifecycleService {
    static final int MAX_GROUP_IDS = 100;

    private final InsightScope scopes;

    public LifecycleService(InsightScope scopes) {
        this.scopes = scopes;
    }

    private record Stay(Instant joinedAt, Instant leftAt) {
        boolean covers(Instant t) {
            return !joinedAt.isAfter(t) && (leftAt == null || leftAt.isAfter(t));
        }
    }

    @Transactional
    public LifecycleCurve curve(UUID workspaceId, int days, List<UUID> groupIds, String tag) {
        Scope scope = scopes.of(workspaceId, null);
        UUID[] named = null;
        if (groupIds != null && !groupIds.isEmpty()) {
            if (groupIds.size() > MAX_GROUP_IDS) {
                throw ProblemException.invalid(Problem.FieldError.parameter("groupIds", "must name at most " + MAX_GROUP_IDS + " groups"));
            }
            Set<UUID> distinct = new HashSet<>(groupIds);
            for (UUID g : distinct) {
                // 404 for a group of another workspace or one the operator may not see
                scopes.of(workspaceId, g);
            }
            named = distinct.toArray(UUID[]::new);
        }
        final UUID[] chosen = named;
        ZoneId zone = scope.zone();
        LocalDate today = scope.today();
        double[] sums = new double[days];
        int[] counts = new int[days];
        int groupCount = 0;
        if (!scope.empty()) {
            Map<UUID, LocalDate> dayZero = scopes.read(c -> dayZero(c, scope, chosen, chosen == null ? tag : null));
            groupCount = dayZero.size();
            // the days of each group that are over, at most `days` of them
            Map<UUID, Integer> ages = new LinkedHashMap<>();
            dayZero.forEach((g, d0) -> {
                int over = (int) Math.min(days, Math.max(0, ChronoUnit.DAYS.between(d0, today)));
                if (over > 0) {
                    ages.put(g, over);
                }
            });
            if (!ages.isEmpty()) {
                UUID[] ids = ages.keySet().toArray(UUID[]::new);
                Map<UUID, Map<UUID, List<Stay>>> stays = scopes.read(c -> stays(c, scope, ids));
                Map<UUID, long[]> active = scopes.read(c -> active(c, scope, ages, dayZero));
                for (var e : ages.entrySet()) {
                    UUID g = e.getKey();
                    LocalDate d0 = dayZero.get(g);
                    Map<UUID, List<Stay>> byMember = stays.getOrDefault(g, Map.of());
                    long[] act = active.getOrDefault(g, new long[days]);
                    for (int k = 0; k < e.getValue(); k++) {
                        Instant end = d0.plusDays(k + 1L).atStartOfDay(zone).toInstant();
                        long members = byMember.values().stream().filter(list -> list.stream().anyMatch(s -> s.covers(end))).count();
                        if (members > 0) {
                            sums[k] += (double) act[k] / members;
                            counts[k]++;
                        }
                    }
                }
            }
        }
        List<LifecyclePoint> points = new ArrayList<>(days);
        for (int k = 0; k < days; k++) {
            points.add(new LifecyclePoint(k, counts[k] == 0 ? null : sums[k] / counts[k], counts[k]));
        }
        return new LifecycleCurve(days, zone.getId(), groupCount, points);
    }

    /** Day 0 of each group in scope that has had a join: the local day of its first membership. */
    private static Map<UUID, LocalDate> dayZero(Connection c, Scope scope, UUID[] named, String tag) throws SQLException {
        Sql sql = new Sql().append("select m.group_id, (min(m.joined_at) at time zone ?)::date as d0 from membership m where m.workspace_id = ?",
                scope.zone().getId(), scope.workspaceId());
        scope.restrict(sql, "m.group_id");
        if (named != null) {
            sql.append(" and m.group_id = any(?)", (Object) named);
        } else if (tag != null) {
            sql.append(" and m.group_id in (select t.group_id from chat_group t where t.workspace_id = ?"
                    + " and t.tags @> array[?::varchar(50)])", scope.workspaceId(), tag);
        }
        sql.append(" group by m.group_id");
        Map<UUID, LocalDate> found = new HashMap<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.put(r.getObject(1, UUID.class), r.getObject(2, LocalDate.class));
            }
        }
        return found;
    }

    /** The non-staff memberships of the groups, by group and member. */
    private static Map<UUID, Map<UUID, List<Stay>>> stays(Connection c, Scope scope, UUID[] groups) throws SQLException {
        Sql sql = new Sql().append("select m.group_id, m.member_id, m.joined_at, m.left_at from membership m"
                + " join member p on p.workspace_id = m.workspace_id and p.member_id = m.member_id"
                + " where m.workspace_id = ? and m.group_id = any(?) and not p.staff", scope.workspaceId(), groups);
        Map<UUID, Map<UUID, List<Stay>>> found = new HashMap<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp left = r.getTimestamp(4);
                found.computeIfAbsent(r.getObject(1, UUID.class), k -> new HashMap<>())
                        .computeIfAbsent(r.getObject(2, UUID.class), k -> new ArrayList<>(1))
                        .add(new Stay(r.getTimestamp(3).toInstant(), left == null ? null : left.toInstant()));
            }
        }
        return found;
    }

    /** Distinct non-staff members active per group and local day k of the group's age. */
    private static Map<UUID, long[]> active(Connection c, Scope scope, Map<UUID, Integer> ages, Map<UUID, LocalDate> dayZero)
            throws SQLException {
        ZoneId zone = scope.zone();
        int n = ages.size();
        UUID[] ids = new UUID[n];
        List<Instant> from = new ArrayList<>(n);
        List<Instant> to = new ArrayList<>(n);
        int i = 0;
        for (var e : ages.entrySet()) {
            LocalDate d0 = dayZero.get(e.getKey());
            ids[i] = e.getKey();
            from.add(d0.atStartOfDay(zone).toInstant());
            to.add(d0.plusDays(e.getValue()).atStartOfDay(zone).toInstant());
            i++;
        }
        // lateral: one index range per group (a plain join may hash the whole event table)
        String sql = """
                select w.group_id, (e.occurred_at at time zone ?)::date as day, count(distinct e.member_id) as active
                from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) as w(group_id, s, t)
                cross join lateral (select x.member_id, x.occurred_at from event x
                                    where x.workspace_id = ? and x.group_id = w.group_id and x.occurred_at >= w.s and x.occurred_at < w.t
                                      and x.type not in %s) e
                where not e.member_id = any(array(select p.member_id from member p where p.workspace_id = ? and p.staff))
                group by 1, 2""".formatted(EventKinds.load(c).notActiveSql());
        Map<UUID, long[]> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, zone.getId());
            s.setObject(2, BinaryArray.uuids(Arrays.asList(ids)));
            s.setObject(3, BinaryArray.timestamps(from));
            s.setObject(4, BinaryArray.timestamps(to));
            s.setObject(5, scope.workspaceId());
            s.setObject(6, scope.workspaceId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID g = r.getObject(1, UUID.class);
                    int k = (int) ChronoUnit.DAYS.between(dayZero.get(g), r.getObject(2, LocalDate.class));
                    long[] perDay = found.computeIfAbsent(g, x -> new long[ages.get(g)]);
                    if (k >= 0 && k < perDay.length) {
                        perDay[k] = r.getLong(3);
                    }
                }
            }
        }
        return found;
    }
}
