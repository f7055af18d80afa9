package io.shequn.insight;

import io.shequn.common.Times;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.insight.InsightDtos.SilentMember;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.shequn.metric.EventKinds;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Silent members (docs/metrics.md, "Lists"): current non-staff members with no event other
 * than joined/left for more than N days, or none since joining and joined more than N days ago.
 */
@ApplicationScoped
public class SilentMemberService {
    private final InsightScope scopes;

    public SilentMemberService(InsightScope scopes) {
        this.scopes = scopes;
    }

    private record Row(UUID memberId, String displayName, Instant joinedAt, Instant lastActiveAt) {
    }

    @Transactional
    public Page<SilentMember> list(UUID workspaceId, UUID groupId, int days, PageRequest page) {
        Scope scope = scopes.of(workspaceId, groupId);
        UUID after = page.afterId();
        if (scope.empty()) {
            return new Page<>(List.of(), null);
        }
        Instant now = Times.now();
        Instant threshold = now.minus(Duration.ofDays(days));
        LocalDate today = LocalDate.ofInstant(now, scope.zone());
        List<Row> rows = scopes.read(c -> {
            Sql sql = query(scope, after, threshold, page.fetchSize(), EventKinds.load(c).notActiveSql());
            List<Row> found = new ArrayList<>();
            try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp last = r.getTimestamp("last_at");
                    found.add(new Row(r.getObject("member_id", UUID.class), r.getString("display_name"),
                            r.getTimestamp("joined_at").toInstant(), last == null ? null : last.toInstant()));
                }
            }
            return found;
        });
        return Page.of(rows, page, row -> {
            Instant since = row.lastActiveAt() != null && row.lastActiveAt().isAfter(row.joinedAt()) ? row.lastActiveAt() : row.joinedAt();
            int silentFor = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(since, scope.zone()), today);
            return new SilentMember(row.memberId(), row.displayName(), row.joinedAt(), row.lastActiveAt(), silentFor);
        }, row -> row.memberId().toString());
    }

    /**
     * Cost: walks the current memberships in scope in member id order (membership
     * (workspace_id, member_id, joined_at), or (workspace_id, group_id, joined_at) for one
     * group) and keeps a member when no event other than joined/left exists since the threshold:
     * one probe of event (workspace_id, member_id, occurred_at) over the last N days, so only
     * the partitions of those days are read. It stops once a page is full (a page costs about
     * page size / share of silent members probes, whatever the size of the workspace); only the
     * members shown get the lookup of their last activity (newest first through the same index).
     */
    private static Sql query(Scope scope, UUID after, Instant threshold, int limit, String notActive) {
        Sql sql = new Sql();
        sql.append("""
                select s.member_id, s.joined_at, s.display_name,
                       (select max(e.occurred_at) from event e
                        where e.workspace_id = ? and e.member_id = s.member_id and e.type not in """ + notActive,
                scope.workspaceId());
        scope.restrict(sql, "e.group_id");
        sql.append("""
                ) as last_at
                from (select c.member_id, c.joined_at, p.display_name
                      from (select m.member_id, min(m.joined_at) as joined_at
                            from membership m
                            where m.workspace_id = ? and m.left_at is null""", scope.workspaceId());
        scope.restrict(sql, "m.group_id");
        if (after != null) {
            sql.append(" and m.member_id > ?", after);
        }
        sql.append("""
                
                            group by m.member_id) c
                      join member p on p.workspace_id = ? and p.member_id = c.member_id
                      where not p.staff and p.merged_into_member_id is null and c.joined_at < ?
                        and not exists (select 1 from event r
                                        where r.workspace_id = ? and r.member_id = c.member_id and r.occurred_at >= ?""",
                scope.workspaceId(), threshold, scope.workspaceId(), threshold);
        scope.restrict(sql, "r.group_id");
        sql.append(" and r.type not in " + notActive + """
                )
                      order by c.member_id
                      limit ?) s
                order by s.member_id""", limit);
        return sql;
    }
}
