package io.shequn.insight;

import io.shequn.insight.InsightDtos.RetentionCohort;
import io.shequn.insight.InsightDtos.RetentionPoint;
import io.shequn.insight.InsightDtos.RetentionReport;
import io.shequn.insight.InsightParams.DayRange;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.shequn.metric.EventKinds;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Retention by join cohort (docs/metrics.md, "Cohorts and curves"), read from the facts:
 * memberships (joins) and raw events (activity), in the workspace's local days.
 */
@ApplicationScoped
public class RetentionService {
    static final int[] OFFSETS = {1, 7, 30};

    private final InsightScope scopes;

    public RetentionService(InsightScope scopes) {
        this.scopes = scopes;
    }

    @Transactional
    public RetentionReport cohorts(UUID workspaceId, UUID groupId, String from, String to) {
        Scope scope = scopes.of(workspaceId, groupId);
        LocalDate today = scope.today();
        DayRange range = InsightParams.range(from, to, today);
        Map<LocalDate, int[]> rows = scope.empty() ? Map.of() : scopes.read(c -> {
            Sql sql = query(scope, range, EventKinds.load(c).notActiveSql());
            Map<LocalDate, int[]> found = new HashMap<>();
            try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.put(r.getObject("d", LocalDate.class),
                            new int[] {r.getInt("size"), r.getInt("r1"), r.getInt("r7"), r.getInt("r30")});
                }
            }
            return found;
        });
        List<RetentionCohort> cohorts = new ArrayList<>();
        for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
            int[] row = rows.getOrDefault(d, new int[4]);
            cohorts.add(new RetentionCohort(d, row[0], point(d, 1, row[0], row[1], today),
                    point(d, 7, row[0], row[2], today), point(d, 30, row[0], row[3], today)));
        }
        return new RetentionReport(groupId, range.from(), range.to(), scope.zone().getId(), cohorts);
    }

    /** Day d + n is over once today (local) is after it. */
    private static RetentionPoint point(LocalDate d, int n, int size, int retained, LocalDate today) {
        if (!d.plusDays(n).isBefore(today)) {
            return RetentionPoint.PENDING;
        }
        return new RetentionPoint(retained, size == 0 ? null : (double) retained / size);
    }

    /**
     * Cost: the joins of the range through membership (workspace_id, group_id, joined_at) for a
     * group, or (workspace_id, joined_at) (V8) for the workspace; one probe of
     * membership (workspace_id, member_id, joined_at) per candidate to keep first joins only;
     * then, per cohort member, three probes of event (workspace_id, member_id, occurred_at)
     * bounded to one local day each (one partition). So it grows with the members who joined in
     * the range, never with the events of the workspace.
     */
    private static Sql query(Scope scope, DayRange range, String notActive) {
        String tz = scope.zone().getId();
        Sql sql = new Sql();
        sql.append("""
                with cand as (
                    select m.member_id, min(m.joined_at) as first_join
                    from membership m
                    where m.workspace_id = ? and m.joined_at >= ? and m.joined_at < ?""",
                scope.workspaceId(), range.startInstant(scope.zone()), range.endInstant(scope.zone()));
        scope.restrict(sql, "m.group_id");
        sql.append("""
                
                    group by m.member_id
                ), cohort as (
                    select c.member_id, (c.first_join at time zone ?)::date as d
                    from cand c
                    join member p on p.workspace_id = ? and p.member_id = c.member_id
                    where not p.staff
                      and not exists (select 1 from membership o
                                      where o.workspace_id = ? and o.member_id = c.member_id and o.joined_at < c.first_join""",
                tz, scope.workspaceId(), scope.workspaceId());
        scope.restrict(sql, "o.group_id");
        sql.append(")\n)\nselect d, count(*) as size");
        for (int n : OFFSETS) {
            sql.append(",\n    count(*) filter (where exists (select 1 from event e where e.workspace_id = ? and e.member_id = c.member_id",
                    scope.workspaceId());
            scope.restrict(sql, "e.group_id");
            sql.append(" and e.type not in " + notActive
                            + " and e.occurred_at >= ((c.d + ?)::timestamp at time zone ?)"
                            + " and e.occurred_at < ((c.d + ?)::timestamp at time zone ?))) as r" + n,
                    n, tz, n + 1, tz);
        }
        sql.append("\nfrom cohort c group by d");
        return sql;
    }
}
