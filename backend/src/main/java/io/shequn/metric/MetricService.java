package io.shequn.metric;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Jdbc;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.group.GroupService;
import io.shequn.member.MemberFilter;
import io.shequn.member.MemberService;
import io.shequn.metric.MetricDtos.Figures;
import io.shequn.metric.MetricDtos.Scope;
import io.shequn.metric.MetricDtos.Series;
import io.shequn.metric.MetricDtos.Summary;
import io.shequn.segment.SegmentService;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Summary and series of every figure of docs/metrics.md for a workspace (from the rollups), a
 * group or a segment (from their raw rows).
 */
@ApplicationScoped
public class MetricService {
    public static final int MAX_DAYS = 400;

    private final WorkspaceAccess access;
    private final GroupService groups;
    private final SegmentService segments;
    private final MemberService members;
    private final AgroalDataSource ds;
    private final Rollups rollups;

    public MetricService(WorkspaceAccess access, GroupService groups, SegmentService segments, MemberService members, AgroalDataSource ds,
                         Rollups rollups) {
        this.rollups = rollups;
        this.access = access;
        this.groups = groups;
        this.segments = segments;
        this.members = members;
        this.ds = ds;
    }

    public enum Interval { DAY, WEEK, MONTH }

    /** Checks a range of local days (both included). */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid(Problem.FieldError.parameter("to", "must not be before from"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new ProblemException(ProblemType.RANGE_TOO_LONG, "A range covers at most " + MAX_DAYS + " days.",
                    List.of(Problem.FieldError.parameter("to", "at most " + MAX_DAYS + " days after from (both included)")));
        }
    }

    @Transactional
    public Summary summary(UUID workspaceId, LocalDate from, LocalDate to, UUID groupId, UUID segmentId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        checkRange(from, to);
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        Scope scope = scope(caller, groupId, segmentId);
        Facts facts = facts(w, scope, from, to, List.<LocalDate[]>of(new LocalDate[] {from, to}));
        return new Summary(scope, w.timeZone(), w.currency(), FigureCalculator.figures(facts, from, to));
    }

    @Transactional
    public Series series(UUID workspaceId, LocalDate from, LocalDate to, Interval interval, UUID groupId, UUID segmentId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        checkRange(from, to);
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        Scope scope = scope(caller, groupId, segmentId);
        List<LocalDate[]> periods = periods(from, to, interval);
        Facts facts = facts(w, scope, from, to, periods);
        List<Figures> out = new ArrayList<>();
        for (LocalDate[] p : periods) {
            out.add(FigureCalculator.figures(facts, p[0], p[1]));
        }
        return new Series(scope, w.timeZone(), w.currency(), interval.name().toLowerCase(), from, to, out);
    }

    /** Calendar days, ISO weeks or months, the first and last cut to [from, to]. */
    static List<LocalDate[]> periods(LocalDate from, LocalDate to, Interval interval) {
        List<LocalDate[]> out = new ArrayList<>();
        for (LocalDate a = from; !a.isAfter(to); ) {
            LocalDate end = switch (interval) {
                case DAY -> a;
                case WEEK -> a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> a.with(TemporalAdjusters.lastDayOfMonth());
            };
            LocalDate b = end.isAfter(to) ? to : end;
            out.add(new LocalDate[] {a, b});
            a = b.plusDays(1);
        }
        return out;
    }

    private Scope scope(Caller caller, UUID groupId, UUID segmentId) {
        if (groupId != null && segmentId != null) {
            throw ProblemException.invalid(Problem.FieldError.parameter("segmentId", "give groupId or segmentId, not both"));
        }
        if (groupId != null) {
            groups.requireVisible(caller, groupId);
            return new Scope("group", groupId);
        }
        if (groups.restrictedToAssigned(caller)) {
            throw ProblemException.forbidden("You see only the groups assigned to you: ask for the figures of one of them (groupId).");
        }
        if (segmentId != null) {
            segments.filterOf(caller.workspaceId(), segmentId);
            return new Scope("segment", segmentId);
        }
        return new Scope("workspace", caller.workspaceId());
    }

    /** Facts of a scope, inside the current transaction, counting every event acknowledged until now. */
    Facts facts(WorkspaceSettings w, Scope scope, LocalDate from, LocalDate to, List<LocalDate[]> ranges) {
        rollups.catchUp(w.id());
        try (Connection c = ds.getConnection()) {
            return switch (scope.type()) {
                case "group" -> groupFacts(c, w, scope.id(), from, to);
                case "segment" -> segmentFacts(c, w, members.ids(w.id(), segments.filterOf(w.id(), scope.id())), from, to);
                default -> new RollupFacts(c, w.id(), from, to, ranges);
            };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Raw facts of one group: its memberships, its events and questions of the range. */
    static RawFacts groupFacts(Connection c, WorkspaceSettings w, UUID groupId, LocalDate from, LocalDate to) throws SQLException {
        ZoneId zone = ZoneId.of(w.timeZone());
        Timestamp s = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp e = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        List<RawFacts.Membership> ms = withoutStaff(c, w.id(), memberships(c, """
                select s.member_id, s.joined_at, s.left_at from membership s
                 where s.workspace_id = ? and s.group_id = ? and s.joined_at <= ? and (s.left_at is null or s.left_at > ?)""",
                w.id(), groupId, e, s));
        List<RawFacts.Event> events = events(c, """
                select type, member_id, occurred_at, amount_minor, currency from event
                 where workspace_id = ? and group_id = ? and occurred_at >= ? and occurred_at < ? and not staff""", w.id(), groupId, s, e);
        List<RawFacts.AskedQuestion> qs = questions(c, """
                select asked_at, answered_at, asked_day from question
                 where workspace_id = ? and group_id = ? and asked_day between ? and ? and asked_at is not null and not asker_staff""",
                w.id(), groupId, Date.valueOf(from), Date.valueOf(to));
        return new RawFacts(zone, w.currency(), EventKinds.load(c), ms, events, qs);
    }

    /** Raw facts of a set of people: their memberships in any group, their events and questions. */
    static RawFacts segmentFacts(Connection c, WorkspaceSettings w, List<UUID> people, LocalDate from, LocalDate to) throws SQLException {
        ZoneId zone = ZoneId.of(w.timeZone());
        Timestamp s = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp e = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        UUID[] ids = people.toArray(UUID[]::new);
        List<RawFacts.Membership> ms = withoutStaff(c, w.id(), memberships(c, """
                select s.member_id, s.joined_at, s.left_at from membership s
                 where s.workspace_id = ? and s.member_id = any(?) and s.joined_at <= ? and (s.left_at is null or s.left_at > ?)""",
                w.id(), ids, e, s));
        List<RawFacts.Event> events = events(c, """
                select type, member_id, occurred_at, amount_minor, currency from event
                 where workspace_id = ? and member_id = any(?) and occurred_at >= ? and occurred_at < ? and not staff""", w.id(), ids, s, e);
        List<RawFacts.AskedQuestion> qs = questions(c, """
                select asked_at, answered_at, asked_day from question
                 where workspace_id = ? and member_id = any(?) and asked_day between ? and ? and asked_at is not null and not asker_staff""",
                w.id(), ids, Date.valueOf(from), Date.valueOf(to));
        return new RawFacts(zone, w.currency(), EventKinds.load(c), ms, events, qs);
    }

    /** Memberships of people not flagged staff now (staff are few: read by their partial index). */
    private static List<RawFacts.Membership> withoutStaff(Connection c, UUID ws, List<RawFacts.Membership> ms) throws SQLException {
        java.util.Set<UUID> staff = new java.util.HashSet<>();
        try (PreparedStatement ps = Jdbc.prepare(c, "select member_id from member where workspace_id = ? and staff", ws);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) staff.add(rs.getObject(1, UUID.class));
        }
        return staff.isEmpty() ? ms : ms.stream().filter(m -> !staff.contains(m.memberId())).toList();
    }

    private static List<RawFacts.Membership> memberships(Connection c, String sql, Object... params) throws SQLException {
        List<RawFacts.Membership> out = new ArrayList<>();
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp left = rs.getTimestamp(3);
                out.add(new RawFacts.Membership(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), left == null ? null : left.toInstant()));
            }
        }
        return out;
    }

    private static List<RawFacts.Event> events(Connection c, String sql, Object... params) throws SQLException {
        List<RawFacts.Event> out = new ArrayList<>();
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long amount = rs.getLong(4);
                    Long amountMinor = rs.wasNull() ? null : amount;
                    out.add(new RawFacts.Event(rs.getString(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                            amountMinor, rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static List<RawFacts.AskedQuestion> questions(Connection c, String sql, Object... params) throws SQLException {
        List<RawFacts.AskedQuestion> out = new ArrayList<>();
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp answered = rs.getTimestamp(2);
                out.add(new RawFacts.AskedQuestion(rs.getTimestamp(1).toInstant(), answered == null ? null : answered.toInstant(),
                        rs.getDate(3).toLocalDate()));
            }
        }
        return out;
    }

    /** The figures of one group for [from, to], without access checks (health, alerts: they call {@link Rollups#catchUp} first). */
    Figures groupFigures(WorkspaceSettings w, UUID groupId, LocalDate from, LocalDate to) {
        try (Connection c = ds.getConnection()) {
            return FigureCalculator.figures(groupFacts(c, w, groupId, from, to), from, to);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
