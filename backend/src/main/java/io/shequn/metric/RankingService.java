package io.shequn.metric;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Jdbc;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Cursor;
import io.shequn.group.GroupService;
import io.shequn.metric.MetricDtos.RankedGroup;
import io.shequn.metric.MetricDtos.Ranking;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Groups sorted by a figure of P (docs/metrics.md, "Group ranking"), ties by group id, groups
 * whose figure is null last. Every group's figure is computed in a few set-based statements:
 * member counts from the membership history, totals from metric_day, distinct people from the
 * events of P, response times from the question table.
 */
@ApplicationScoped
public class RankingService {
    /** The figures a ranking can sort by, and what each needs. */
    public static final Set<String> METRICS = Set.of("membersAtStart", "membersAtEnd", "newMembers", "leftMembers", "netGrowth",
            "activeMembers", "activeShare", "messages", "buyers", "conversionRate", "orders", "gmvMinor", "averageOrderValueMinor",
            "couponsIssued", "couponsRedeemed", "couponRedemptionRate", "redPacketSpendMinor", "acquisitionCostMinor",
            "responseTimeMeanSeconds", "answeredWithin5MinutesShare", "invitesAccepted", "inviters", "kFactor");

    private final WorkspaceAccess access;
    private final GroupService groups;
    private final AgroalDataSource ds;

    private final Rollups rollups;

    public RankingService(WorkspaceAccess access, GroupService groups, AgroalDataSource ds, Rollups rollups) {
        this.rollups = rollups;
        this.access = access;
        this.groups = groups;
        this.ds = ds;
    }

    private static final class Row {
        UUID id;
        String name;
        long atStart;
        long atEnd;
        long newMembers;
        long active;
        long buyers;
        long inviters;
        Map<String, long[]> totals = new HashMap<>();
        long questions;
        long within;
        List<Double> times = new ArrayList<>();

        long[] t(String type) {
            return totals.getOrDefault(type, new long[4]);
        }
    }

    @Transactional
    public Ranking rank(UUID workspaceId, String metric, LocalDate from, LocalDate to, boolean descending, int limit, String cursor) {
        Caller caller = access.require(workspaceId, Role.ANY);
        rollups.catchUp(workspaceId);
        if (!METRICS.contains(metric)) {
            throw ProblemException.invalid(Problem.FieldError.parameter("metric", "must be one of " + new java.util.TreeSet<>(METRICS)));
        }
        MetricService.checkRange(from, to);
        int offset = 0;
        if (cursor != null) {
            try {
                offset = Integer.parseInt(Cursor.decode(cursor));
            } catch (RuntimeException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
        }
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        ZoneId zone = ZoneId.of(w.timeZone());
        Timestamp s = Timestamp.from(from.atStartOfDay(zone).toInstant());
        Timestamp e = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        Map<UUID, Row> rows = new HashMap<>();
        boolean restricted = groups.restrictedToAssigned(caller);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select group_id, name from chat_group where workspace_id = ? and status <> 'archived'"
                    + (restricted ? " and assigned_operator_ids @> array[?::uuid]" : ""))) {
                ps.setObject(1, workspaceId);
                if (restricted) ps.setObject(2, caller.accessId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row r = new Row();
                        r.id = rs.getObject(1, UUID.class);
                        r.name = rs.getString(2);
                        rows.put(r.id, r);
                    }
                }
            }
            // member counts, same instants as the group figures (a change at midnight belongs to the day before)
            if (Set.of("membersAtStart", "membersAtEnd", "newMembers", "leftMembers", "netGrowth", "activeShare", "conversionRate",
                    "acquisitionCostMinor").contains(metric)) {
                each(c, """
                        select group_id, count(*) filter (where at_start), count(*) filter (where at_end),
                               count(*) filter (where joined_in and not at_start)
                          from (select s.group_id, s.member_id,
                                       bool_or(s.joined_at <= ? and coalesce(s.left_at, 'infinity') > ?) as at_start,
                                       bool_or(s.joined_at <= ? and coalesce(s.left_at, 'infinity') > ?) as at_end,
                                       bool_or(s.joined_at > ? and s.joined_at <= ? and coalesce(s.left_at, 'infinity') > s.joined_at) as joined_in
                                  from membership s join member m on m.workspace_id = s.workspace_id and m.member_id = s.member_id
                                 where s.workspace_id = ? and not m.staff and s.joined_at <= ? and coalesce(s.left_at, 'infinity') > ?
                                 group by s.group_id, s.member_id) x
                         group by group_id""", rows, (r, rs) -> {
                    r.atStart = rs.getLong(2);
                    r.atEnd = rs.getLong(3);
                    r.newMembers = rs.getLong(4);
                }, s, s, e, e, s, e, workspaceId, e, s);
            }
            if (Set.of("activeMembers", "activeShare", "buyers", "conversionRate", "inviters", "kFactor").contains(metric)) {
                each(c, """
                        select e.group_id, count(distinct e.member_id) filter (where t.active),
                               count(distinct e.member_id) filter (where t.buyer),
                               count(distinct e.member_id) filter (where t.inviter)
                          from event e join event_type t on t.type = e.type
                         where e.workspace_id = ? and e.occurred_at >= ? and e.occurred_at < ? and not e.staff
                         group by e.group_id""", rows, (r, rs) -> {
                    r.active = rs.getLong(2);
                    r.buyers = rs.getLong(3);
                    r.inviters = rs.getLong(4);
                }, workspaceId, s, e);
            }
            each(c, """
                    select scope_id, type, sum(events), sum(amount_minor), sum(amount_events), sum(other_currency) from metric_day
                     where workspace_id = ? and day between ? and ? group by scope_id, type""", rows, (r, rs) ->
                    r.totals.put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}),
                    workspaceId, Date.valueOf(from), Date.valueOf(to));
            if (metric.equals("responseTimeMeanSeconds") || metric.equals("answeredWithin5MinutesShare")) {
                each(c, """
                        select group_id, extract(epoch from (answered_at - asked_at)) from question
                         where workspace_id = ? and asked_day between ? and ? and asked_at is not null and not asker_staff""", rows, (r, rs) -> {
                    r.questions++;
                    double secs = rs.getDouble(2);
                    if (!rs.wasNull()) {
                        secs = Math.max(0, secs);
                        r.times.add(secs);
                        if (secs <= FigureCalculator.FIVE_MINUTES) r.within++;
                    }
                }, workspaceId, Date.valueOf(from), Date.valueOf(to));
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
        Function<Row, Double> value = valueOf(metric);
        Comparator<Double> order = descending ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder();
        Comparator<Row> byValue = Comparator.comparing(value, Comparator.nullsLast(order));
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(byValue.thenComparing(r -> r.id.toString()));
        List<RankedGroup> items = new ArrayList<>();
        for (int i = offset; i < Math.min(sorted.size(), offset + limit); i++) {
            Row r = sorted.get(i);
            items.add(new RankedGroup(i + 1, r.id, r.name, value.apply(r), r.atEnd));
        }
        String next = offset + limit < sorted.size() ? Cursor.encode(String.valueOf(offset + limit)) : null;
        return new Ranking(metric, descending ? "desc" : "asc", from, to, items, next);
    }

    private static Function<Row, Double> valueOf(String metric) {
        return switch (metric) {
            case "membersAtStart" -> r -> (double) r.atStart;
            case "membersAtEnd" -> r -> (double) r.atEnd;
            case "newMembers" -> r -> (double) r.newMembers;
            case "leftMembers" -> r -> (double) (r.newMembers - (r.atEnd - r.atStart));
            case "netGrowth" -> r -> (double) (r.atEnd - r.atStart);
            case "activeMembers" -> r -> (double) r.active;
            case "activeShare" -> r -> FigureCalculator.ratio(r.active, r.atEnd);
            case "messages" -> r -> (double) r.t("message")[0];
            case "buyers" -> r -> (double) r.buyers;
            case "conversionRate" -> r -> FigureCalculator.ratio(r.buyers, r.atEnd);
            case "orders" -> r -> (double) r.t("order_placed")[2];
            case "gmvMinor" -> r -> (double) r.t("order_placed")[1];
            case "averageOrderValueMinor" -> r -> FigureCalculator.ratio(r.t("order_placed")[1], r.t("order_placed")[2]);
            case "couponsIssued" -> r -> (double) r.t("coupon_issued")[0];
            case "couponsRedeemed" -> r -> (double) r.t("coupon_redeemed")[0];
            case "couponRedemptionRate" -> r -> FigureCalculator.ratio(r.t("coupon_redeemed")[0], r.t("coupon_issued")[0]);
            case "redPacketSpendMinor" -> r -> (double) r.t("red_packet_claimed")[1];
            case "acquisitionCostMinor" -> r -> FigureCalculator.ratio(r.t("red_packet_claimed")[1], r.newMembers);
            case "responseTimeMeanSeconds" -> r -> r.times.isEmpty() ? null : r.times.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case "answeredWithin5MinutesShare" -> r -> FigureCalculator.ratio(r.within, r.questions);
            case "invitesAccepted" -> r -> (double) r.t("invite_accepted")[0];
            case "inviters" -> r -> (double) r.inviters;
            case "kFactor" -> r -> FigureCalculator.ratio(r.t("invite_accepted")[0], r.inviters);
            default -> throw new IllegalArgumentException(metric);
        };
    }

    private interface RowReader {
        void read(Row r, ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String sql, Map<UUID, Row> rows, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement ps = Jdbc.prepare(c, sql, params)) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = rows.get(rs.getObject(1, UUID.class));
                    if (r != null) reader.read(r, rs);
                }
            }
        }
    }
}
