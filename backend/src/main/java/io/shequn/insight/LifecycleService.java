package io.shequn.insight;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.insight.InsightDtos.LifecycleCurve;
import io.shequn.insight.InsightDtos.LifecyclePoint;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The group lifecycle curve (docs/metrics.md, "Cohorts and curves"): active share by group
 * age in local days, averaged over the groups old enough.
 */
@ApplicationScoped
public class LifecycleService {
    static final int MAX_GROUP_IDS = 100;

    private final InsightScope scopes;

    public LifecycleService(InsightScope scopes) {
        this.scopes = scopes;
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
        double[] sums = new double[days];
        int[] counts = new int[days];
        Set<UUID> groupsSeen = new HashSet<>();
        if (!scope.empty()) {
            scopes.read(c -> {
                Sql sql = query(scope, days, chosen, chosen == null ? tag : null);
                try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        groupsSeen.add(r.getObject("group_id", UUID.class));
                        if (r.getObject("k") == null) {
                            continue; // a group whose day 0 is not over yet
                        }
                        int k = r.getInt("k");
                        long members = r.getLong("members");
                        if (members > 0) {
                            sums[k] += (double) r.getLong("active") / members;
                            counts[k]++;
                        }
                    }
                }
                return null;
            });
        }
        List<LifecyclePoint> points = new ArrayList<>(days);
        for (int k = 0; k < days; k++) {
            points.add(new LifecyclePoint(k, counts[k] == 0 ? null : sums[k] / counts[k], counts[k]));
        }
        return new LifecycleCurve(days, scope.zone().getId(), groupsSeen.size(), points);
    }

    /**
     * Cost: day 0 of each group from membership (workspace_id, group_id, joined_at) (every
     * membership of the groups in scope once); then per group and day k, one range of
     * membership (workspace_id, group_id, joined_at) for the members at the end of the day and
     * one range of event (workspace_id, group_id, occurred_at) over that local day. So
     * groups x days index ranges, each as large as one group's day: with the default 30 days
     * and a few hundred groups, some thousand small ranges.
     */
    private static Sql query(Scope scope, int days, UUID[] named, String tag) {
        String tz = scope.zone().getId();
        Sql sql = new Sql();
        sql.append("""
                with g as (
                    select m.group_id, (min(m.joined_at) at time zone ?)::date as d0
                    from membership m
                    where m.workspace_id = ?""", tz, scope.workspaceId());
        scope.restrict(sql, "m.group_id");
        if (named != null) {
            sql.append(" and m.group_id = any(?)", (Object) named);
        } else if (tag != null) {
            sql.append(" and m.group_id in (select t.group_id from chat_group t where t.workspace_id = ?"
                    + " and t.tags @> array[?::varchar(50)])", scope.workspaceId(), tag);
        }
        sql.append("""
                
                    group by m.group_id
                ), day as (
                    select g.group_id, k,
                           ((g.d0 + k)::timestamp at time zone ?) as s,
                           ((g.d0 + k + 1)::timestamp at time zone ?) as e
                    from g cross join generate_series(0, ?) as k
                    where g.d0 + k < ?
                )
                select g.group_id, day.k,
                    (select count(distinct m.member_id) from membership m
                     join member p on p.workspace_id = m.workspace_id and p.member_id = m.member_id
                     where m.workspace_id = ? and m.group_id = day.group_id and m.joined_at <= day.e
                       and (m.left_at is null or m.left_at > day.e) and not p.staff) as members,
                    (select count(distinct e.member_id) from event e
                     join member p on p.workspace_id = e.workspace_id and p.member_id = e.member_id
                     where e.workspace_id = ? and e.group_id = day.group_id and e.occurred_at >= day.s and e.occurred_at < day.e
                       and e.type not in ('joined', 'left') and not p.staff) as active
                from g left join day on day.group_id = g.group_id
                """, tz, tz, days - 1, scope.today(), scope.workspaceId(), scope.workspaceId());
        return sql;
    }
}
