package io.shequn.insight;

import io.shequn.insight.InsightDtos.ContributorKind;
import io.shequn.insight.InsightDtos.TopContributor;
import io.shequn.insight.InsightDtos.TopContributors;
import io.shequn.insight.InsightParams.DayRange;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Top contributors by kind over a range of local days (docs/metrics.md, "Lists"): talkers,
 * check-in streakers, UGC posters, inviters. Staff are left out.
 *
 * <p>Cost: the events of the scope in the range. For one group that is one range of event
 * (workspace_id, group_id, occurred_at); for the workspace it is every event of the workspace
 * in the range's monthly partitions, read through the primary key's leading workspace_id
 * (no index leads with (workspace_id, occurred_at)), which is why the range is capped at 400
 * days. The aggregation keeps one row per member (one per member and day for streaks).
 */
@ApplicationScoped
public class TopContributorService {
    private final InsightScope scopes;

    public TopContributorService(InsightScope scopes) {
        this.scopes = scopes;
    }

    @Transactional
    public TopContributors top(UUID workspaceId, UUID groupId, ContributorKind kind, String from, String to, int limit) {
        Scope scope = scopes.of(workspaceId, groupId);
        DayRange range = InsightParams.range(from, to, scope.today());
        List<TopContributor> items = scope.empty() ? List.of() : scopes.read(c -> {
            Sql sql = kind == ContributorKind.CHECK_IN_STREAK ? streaks(scope, range, limit) : counts(scope, range, kind, limit);
            List<TopContributor> found = new ArrayList<>();
            try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
                int rank = 0;
                long lastValue = -1;
                LocalDate lastEnd = null;
                while (r.next()) {
                    long value = r.getLong("value");
                    LocalDate start = kind == ContributorKind.CHECK_IN_STREAK ? r.getObject("run_start", LocalDate.class) : null;
                    LocalDate end = kind == ContributorKind.CHECK_IN_STREAK ? r.getObject("run_end", LocalDate.class) : null;
                    if (value != lastValue || !Objects.equals(end, lastEnd)) {
                        rank = found.size() + 1; // competition ranking: 1, 2, 2, 4
                    }
                    lastValue = value;
                    lastEnd = end;
                    found.add(new TopContributor(rank, r.getObject("member_id", UUID.class), r.getString("display_name"), value, start, end));
                }
            }
            return found;
        });
        return new TopContributors(kind, groupId, range.from(), range.to(), scope.zone().getId(), items);
    }

    private static Sql counts(Scope scope, DayRange range, ContributorKind kind, int limit) {
        String type = switch (kind) {
            case TALKERS -> "message";
            case UGC_POSTERS -> "ugc_post";
            case INVITERS -> "invite_accepted";
            case CHECK_IN_STREAK -> throw new IllegalArgumentException();
        };
        // inviters are credited through the event's related member (the inviter), others as the actor
        String who = kind == ContributorKind.INVITERS ? "e.related_member_id" : "e.member_id";
        Sql sql = new Sql();
        sql.append("select x.member_id, x.value, p.display_name from (select " + who + " as member_id, count(*) as value"
                        + " from event e where e.workspace_id = ? and e.type = ? and e.occurred_at >= ? and e.occurred_at < ?",
                scope.workspaceId(), type, range.startInstant(scope.zone()), range.endInstant(scope.zone()));
        scope.restrict(sql, "e.group_id");
        sql.append(" and " + who + " is not null group by " + who + ") x"
                + " join member p on p.workspace_id = ? and p.member_id = x.member_id"
                + " where not p.staff order by x.value desc, x.member_id limit ?", scope.workspaceId(), limit);
        return sql;
    }

    /** Gaps and islands: a run is a set of check-in days whose day minus its row number is constant. */
    private static Sql streaks(Scope scope, DayRange range, int limit) {
        String tz = scope.zone().getId();
        Sql sql = new Sql();
        sql.append("""
                with days as (
                    select distinct e.member_id, (e.occurred_at at time zone ?)::date as d
                    from event e
                    where e.workspace_id = ? and e.type = 'check_in' and e.occurred_at >= ? and e.occurred_at < ?""",
                tz, scope.workspaceId(), range.startInstant(scope.zone()), range.endInstant(scope.zone()));
        scope.restrict(sql, "e.group_id");
        sql.append("""
                
                ), runs as (
                    select member_id, min(d) as run_start, max(d) as run_end, count(*) as value
                    from (select member_id, d, d - (row_number() over (partition by member_id order by d))::int as island from days) i
                    group by member_id, island
                ), best as (
                    select distinct on (member_id) member_id, run_start, run_end, value
                    from runs order by member_id, value desc, run_end desc
                )
                select b.member_id, b.value, b.run_start, b.run_end, p.display_name
                from best b join member p on p.workspace_id = ? and p.member_id = b.member_id
                where not p.staff
                order by b.value desc, b.run_end desc, b.member_id
                limit ?""", scope.workspaceId(), limit);
        return sql;
    }
}
