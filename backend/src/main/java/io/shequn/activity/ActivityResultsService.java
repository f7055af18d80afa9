package io.shequn.activity;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.activity.ActivityDtos.Average;
import io.shequn.activity.ActivityDtos.Comparison;
import io.shequn.activity.ActivityDtos.Day;
import io.shequn.activity.ActivityDtos.Figures;
import io.shequn.activity.ActivityDtos.Goal;
import io.shequn.activity.ActivityDtos.GoalResult;
import io.shequn.activity.ActivityDtos.Participant;
import io.shequn.activity.ActivityDtos.Past;
import io.shequn.activity.ActivityDtos.Promotion;
import io.shequn.activity.ActivityDtos.Results;
import io.shequn.common.Jdbc;
import io.shequn.common.Times;
import io.shequn.common.error.Problem.FieldError;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.member.MemberService;
import io.shequn.segment.SegmentService;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * An activity's results (docs/metrics.md, "Activities"), read from the raw events that carry its
 * id (index event_activity_idx) and the memberships opened through its promotion channel.
 * Plain JDBC: a handful of aggregate reads over up to hundreds of thousands of rows.
 */
@ApplicationScoped
public class ActivityResultsService {
    private final WorkspaceAccess access;
    private final AgroalDataSource ds;
    private final MemberService members;
    private final SegmentService segments;
    private final ActivityJson json;

    public ActivityResultsService(WorkspaceAccess access, AgroalDataSource ds, MemberService members, SegmentService segments,
                                  ActivityJson json) {
        this.access = access;
        this.ds = ds;
        this.members = members;
        this.segments = segments;
        this.json = json;
    }

    @Transactional
    public Results results(UUID workspaceId, UUID activityId) {
        access.require(workspaceId, Role.ANY);
        Activity a = ActivityService.find(workspaceId, activityId, false);
        return a.frozenResults != null ? read(a.frozenResults) : compute(a, Times.now());
    }

    /** The results as they are now, then marked frozen (at the review): what PUT .../review stores. */
    String freeze(Activity a, Instant now) {
        Results r = compute(a, now);
        return write(new Results(r.activityId(), ActivityStatus.REVIEWED.wire(), true, now, r.from(), r.to(), r.currency(),
                r.figures(), r.goals(), r.budgetMinor(), r.budgetUsedShare(), r.overBudget(), r.daily()));
    }

    /** The live results; the caller checked access. */
    Results compute(Activity a, Instant now) {
        ZoneId zone = ZoneId.of(WorkspaceSettings.of(a.workspaceId).timeZone());
        Instant from = a.startedAt != null ? a.startedAt : a.startAt;
        Instant to = a.endedAt != null ? a.endedAt : a.endAt;
        Promotion promotion = read(a.promotion, Promotion.class);
        Map<LocalDate, long[]> days = new TreeMap<>();
        long[] total;
        long newMembers;
        long audience;
        try (Connection c = ds.getConnection()) {
            total = eventFigures(c, a, zone, days, WorkspaceSettings.of(a.workspaceId).identityVersion());
            newMembers = newMembers(c, a, promotion.channel(), from, to, zone, days);
            audience = audience(c, a);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        // every day of the window so far, with or without events
        ActivityStatus status = ActivityStatus.of(a.status);
        if (status != ActivityStatus.DRAFT && status != ActivityStatus.SCHEDULED) {
            LocalDate last = LocalDate.ofInstant(to.isBefore(now) ? to.minusNanos(1000) : now, zone);
            for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last) && days.size() < 1000; d = d.plusDays(1)) {
                days.computeIfAbsent(d, k -> new long[4]);
            }
        }
        long participants = total[0], orders = total[1], buyers = total[2], gmv = total[3];
        long issued = total[4], redeemed = total[5], redPackets = total[6];
        long spend = redPackets + a.otherSpendMinor;
        Figures figures = new Figures(audience, participants, ratio(participants, audience), newMembers, orders, buyers, gmv,
                issued, redeemed, ratio(redeemed, issued), redPackets, a.otherSpendMinor, spend, ratio(spend, participants),
                ratio(spend, newMembers), spend == 0 ? null : (double) (gmv - spend) / spend);
        Goal goal = read(a.goal, Goal.class);
        List<GoalResult> goals = new ArrayList<>();
        addGoal(goals, "participants", goal.participants() == null ? null : goal.participants().longValue(), participants);
        addGoal(goals, "orders", goal.orders() == null ? null : goal.orders().longValue(), orders);
        addGoal(goals, "gmvMinor", goal.gmvMinor(), gmv);
        addGoal(goals, "newMembers", goal.newMembers() == null ? null : goal.newMembers().longValue(), newMembers);
        List<Day> daily = days.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
        return new Results(a.id, a.status, false, now, from, to, a.currency, figures, goals, a.budgetMinor,
                a.budgetMinor == null ? null : ratio(spend, a.budgetMinor), a.budgetMinor != null && spend > a.budgetMinor, daily);
    }

    private static final String PARTICIPATION = "type not in ('joined', 'left')";

    /**
     * The event figures: computed again only when the events' fingerprint (an index-only read)
     * differs from the one they were computed under.
     */
    private long[] eventFigures(Connection c, Activity a, ZoneId zone, Map<LocalDate, long[]> days, long identityVersion)
            throws SQLException {
        Fingerprint fingerprint;
        try (PreparedStatement ps = Jdbc.prepare(c, "select count(*), max(received_at) from event"
                + " where workspace_id = ? and activity_id = ?", a.workspaceId, a.id); ResultSet rs = ps.executeQuery()) {
            rs.next();
            OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
            fingerprint = new Fingerprint(rs.getLong(1), last == null ? null : last.toInstant(), identityVersion, zone.getId(), a.currency);
        }
        Cached hit = cache.get(a.id);
        if (hit == null || !hit.fingerprint().equals(fingerprint)) {
            Map<LocalDate, long[]> computed = new TreeMap<>();
            hit = new Cached(fingerprint, scanEvents(c, a, zone, computed), computed);
            cache.put(a.id, hit);
        }
        hit.days().forEach((d, v) -> days.put(d, v.clone()));
        return hit.total().clone();
    }

    /**
     * What identifies the event figures of an activity: its events are never deleted, a new or late
     * one raises the count, and a merge or an erasure (which rewrite events' members) bumps the
     * workspace's identity version.
     */
    record Fingerprint(long events, Instant lastReceived, long identityVersion, String zone, String currency) {
    }

    record Cached(Fingerprint fingerprint, long[] total, Map<LocalDate, long[]> days) {
    }

    /** The event figures of recently read activities, per replica (docs/benchmarks.md, "Activity results"). */
    private final Map<UUID, Cached> cache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
            return size() > 1000;
        }
    });

    /**
     * One scan of the activity's events: the totals (grouping set ()) and the days (grouping set
     * (day)) together. Orders and red packets count in the workspace's currency only.
     */
    private static long[] scanEvents(Connection c, Activity a, ZoneId zone, Map<LocalDate, long[]> days) throws SQLException {
        String sql = "select day, grouping(day),"
                + " count(distinct member_id) filter (where " + PARTICIPATION + "),"
                + " count(*) filter (where type = 'order_placed'),"
                + " count(distinct member_id) filter (where type = 'order_placed'),"
                + " coalesce(sum(amount_minor) filter (where type = 'order_placed' and currency = ?), 0),"
                + " count(*) filter (where type = 'coupon_issued'),"
                + " count(*) filter (where type = 'coupon_redeemed'),"
                + " coalesce(sum(amount_minor) filter (where type = 'red_packet_claimed' and currency = ?), 0)"
                + " from (select (occurred_at at time zone ?)::date as day, type, member_id, amount_minor, currency"
                + " from event where workspace_id = ? and activity_id = ?) e"
                + " group by grouping sets ((day), ())";
        long[] total = new long[7];
        try (PreparedStatement ps = Jdbc.prepare(c, sql, a.currency, a.currency, zone.getId(), a.workspaceId, a.id);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(2) == 1) {
                    for (int i = 0; i < 7; i++) {
                        total[i] = rs.getLong(3 + i);
                    }
                } else {
                    long[] d = days.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new long[4]);
                    d[0] = rs.getLong(3);
                    d[1] = rs.getLong(4);
                    d[2] = rs.getLong(6);
                }
            }
        }
        return total;
    }

    /**
     * Members the activity brought: a joined event carrying its id, or a membership opened in a
     * target group through its promotion channel within its window; each person once, on the day
     * of their first such join.
     */
    private static long newMembers(Connection c, Activity a, String channel, Instant from, Instant to, ZoneId zone,
                                   Map<LocalDate, long[]> days) throws SQLException {
        String sql = "select (at at time zone ?)::date, count(*) from (select member_id, min(at) as at from ("
                + " select member_id, occurred_at as at from event where workspace_id = ? and activity_id = ? and type = 'joined'"
                + " union all select member_id, joined_at from membership where workspace_id = ? and group_id = any(?)"
                + " and join_channel = ? and joined_at >= ? and joined_at < ?) j group by member_id) f"
                + " group by 1";
        long count = 0;
        try (PreparedStatement ps = Jdbc.prepare(c, sql, zone.getId(), a.workspaceId, a.id, a.workspaceId, a.targetGroupIds,
                channel, from, to);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long n = rs.getLong(2);
                days.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new long[4])[3] = n;
                count += n;
            }
        }
        return count;
    }

    /**
     * Members aimed at: the members now in the target groups; with a segment too, those of the
     * segment among them; with a segment alone, the segment.
     */
    private long audience(Connection c, Activity a) throws SQLException {
        List<UUID> segment = a.segmentId == null ? null : members.ids(a.workspaceId, segments.filterOf(a.workspaceId, a.segmentId));
        if (a.targetGroupIds.length == 0) {
            return segment == null ? 0 : segment.size();
        }
        String sql = "select count(distinct member_id) from membership where workspace_id = ? and group_id = any(?) and left_at is null"
                + (segment == null ? "" : " and member_id = any(?)");
        Long n = segment == null
                ? Jdbc.scalar(c, Long.class, sql, a.workspaceId, a.targetGroupIds)
                : Jdbc.scalar(c, Long.class, sql, a.workspaceId, a.targetGroupIds, segment.toArray(UUID[]::new));
        return n == null ? 0 : n;
    }

    @Transactional
    public Page<Participant> participants(UUID workspaceId, UUID activityId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        Activity a = ActivityService.find(workspaceId, activityId, false);
        long afterEvents = Long.MAX_VALUE;
        UUID afterMember = null;
        if (page.after() != null) {
            try {
                String[] parts = page.after().split("_", 2);
                afterEvents = Long.parseLong(parts[0]);
                afterMember = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalid(FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
        }
        String sql = "select e.member_id, m.display_name, count(*) as n, count(*) filter (where e.type = 'order_placed'),"
                + " coalesce(sum(e.amount_minor) filter (where e.type = 'order_placed' and e.currency = ?), 0),"
                + " min(e.occurred_at), max(e.occurred_at)"
                + " from event e join member m on m.workspace_id = e.workspace_id and m.member_id = e.member_id"
                + " where e.workspace_id = ? and e.activity_id = ? and e." + PARTICIPATION
                + " group by e.member_id, m.display_name"
                + (afterMember == null ? "" : " having count(*) < ? or (count(*) = ? and e.member_id > ?)")
                + " order by n desc, e.member_id limit ?";
        List<Participant> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = afterMember == null
                ? Jdbc.prepare(c, sql, a.currency, workspaceId, activityId, page.fetchSize())
                : Jdbc.prepare(c, sql, a.currency, workspaceId, activityId, afterEvents, afterEvents, afterMember, page.fetchSize());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Participant(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getObject(7, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return Page.of(rows, page, Function.identity(), p -> p.events() + "_" + p.memberId());
    }

    @Transactional
    public Comparison compare(UUID workspaceId, UUID activityId, int limit) {
        access.require(workspaceId, Role.ANY);
        Activity a = ActivityService.find(workspaceId, activityId, false);
        Instant now = Times.now();
        Figures mine = a.frozenResults != null ? read(a.frozenResults).figures() : compute(a, now).figures();
        List<Activity> earlier = Activity.<Activity>find("workspaceId = ?1 and type = ?2 and status in ('ended', 'reviewed')"
                        + " and id <> ?3 and startAt < ?4 order by startAt desc, id desc", workspaceId, a.type, a.id, a.startAt)
                .page(0, limit).list();
        List<Past> past = earlier.stream().map(p -> new Past(p.id, p.title, p.status, p.startAt, p.endAt, p.frozenResults != null,
                p.frozenResults != null ? read(p.frozenResults).figures() : compute(p, now).figures())).toList();
        List<Figures> f = past.stream().map(Past::figures).toList();
        Average average = new Average(mean(f, x -> (double) x.participants()), mean(f, Figures::participationRate),
                mean(f, x -> (double) x.newMembers()), mean(f, x -> (double) x.orders()), mean(f, x -> (double) x.gmvMinor()),
                mean(f, x -> (double) x.spendMinor()), mean(f, Figures::costPerParticipantMinor),
                mean(f, Figures::acquisitionCostMinor), mean(f, Figures::roi));
        return new Comparison(a.id, a.type, mine, past, average);
    }

    /** The frozen figures of a reviewed activity (the reviews list). */
    Figures frozenFigures(Activity a) {
        return a.frozenResults == null ? null : read(a.frozenResults).figures();
    }

    private static Double mean(List<Figures> figures, Function<Figures, Double> value) {
        double sum = 0;
        int n = 0;
        for (Figures f : figures) {
            Double v = value.apply(f);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static void addGoal(List<GoalResult> goals, String metric, Long target, long actual) {
        if (target != null && target > 0) {
            goals.add(new GoalResult(metric, target, actual, (double) actual / target));
        }
    }

    private static Double ratio(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    private Results read(String frozen) {
        return json.read(frozen, Results.class);
    }

    private <T> T read(String value, Class<T> type) {
        return json.read(value, type);
    }

    private String write(Object value) {
        return json.write(value);
    }
}
