package io.shequn.metric;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Times;
import io.shequn.common.WorkspaceLocks;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.group.GroupService;
import io.shequn.metric.MetricDtos.Figures;
import io.shequn.metric.MetricDtos.Health;
import io.shequn.metric.MetricDtos.HealthCheck;
import io.shequn.metric.MetricDtos.Thresholds;
import io.shequn.metric.MetricDtos.ThresholdsUpdate;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The health score of a group (docs/metrics.md, "Health score of a group") and its thresholds. */
@ApplicationScoped
public class HealthService {
    /** The {@link WorkspaceLocks} class of changes to a workspace's thresholds. */
    static final int THRESHOLDS_LOCK_CLASS = 21108;
    public static final Thresholds DEFAULTS = new Thresholds(new BigDecimal("0.3"), new BigDecimal("2"), new BigDecimal("0.05"),
            new BigDecimal("0.4"), 1000, new BigDecimal("30"), 150, 200, 350, true, null);

    private final WorkspaceAccess access;
    private final GroupService groups;
    private final MetricService metrics;
    private final Etags etags;
    private final AuditLog audit;
    private final EntityManager em;

    private final Rollups rollups;

    public HealthService(WorkspaceAccess access, GroupService groups, MetricService metrics, Etags etags, AuditLog audit, EntityManager em,
                         Rollups rollups) {
        this.rollups = rollups;
        this.access = access;
        this.groups = groups;
        this.metrics = metrics;
        this.etags = etags;
        this.audit = audit;
        this.em = em;
    }

    @Transactional
    public Health health(UUID workspaceId, UUID groupId, LocalDate from, LocalDate to) {
        Caller caller = access.require(workspaceId, Role.ANY);
        MetricService.checkRange(from, to);
        groups.requireVisible(caller, groupId);
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        rollups.catchUp(workspaceId);
        return health(groupId, from, to, metrics.groupFigures(w, groupId, from, to), thresholds(workspaceId));
    }

    /** Seven checks, one point each (size: 1, 0.5 or 0); a check whose figure is null is left out. */
    static Health health(UUID groupId, LocalDate from, LocalDate to, Figures f, Thresholds t) {
        List<HealthCheck> checks = new ArrayList<>();
        checks.add(above("daily_active_share", f.dailyActiveShare(), t.dailyActiveShare()));
        checks.add(above("messages_per_member_per_week", f.messagesPerMemberPerWeek(), t.messagesPerMemberPerWeek()));
        checks.add(above("conversion_rate", f.conversionRate(), t.conversionRate()));
        checks.add(above("coupon_redemption_rate", f.couponRedemptionRate(), t.couponRedemptionRate()));
        checks.add(below("acquisition_cost", f.acquisitionCostMinor(), BigDecimal.valueOf(t.acquisitionCostMinor())));
        checks.add(below("response_time", f.responseTimeMeanSeconds(), t.responseTimeSeconds()));
        long size = f.membersAtEnd();
        double sizePoints = size >= t.sizeBestMin() && size <= t.sizeBestMax() ? 1 : size <= t.sizeMax() ? 0.5 : 0;
        checks.add(new HealthCheck("size", (double) size, BigDecimal.valueOf(t.sizeMax()), "at_most", size <= t.sizeMax(), sizePoints, true));
        double points = 0;
        int counted = 0;
        for (HealthCheck c : checks) {
            if (c.counted()) {
                points += c.points();
                counted++;
            }
        }
        Integer score = counted == 0 ? null : (int) Math.round(points / counted * 100);
        return new Health(groupId, from, to, score, points, counted, checks);
    }

    private static HealthCheck above(String name, Double value, BigDecimal threshold) {
        if (value == null) return new HealthCheck(name, null, threshold, "above", null, 0, false);
        boolean pass = BigDecimal.valueOf(value).compareTo(threshold) > 0;
        return new HealthCheck(name, value, threshold, "above", pass, pass ? 1 : 0, true);
    }

    private static HealthCheck below(String name, Double value, BigDecimal threshold) {
        if (value == null) return new HealthCheck(name, null, threshold, "below", null, 0, false);
        boolean pass = BigDecimal.valueOf(value).compareTo(threshold) < 0;
        return new HealthCheck(name, value, threshold, "below", pass, pass ? 1 : 0, true);
    }

    @Transactional
    public Thresholds get(UUID workspaceId) {
        access.require(workspaceId, Role.ANY);
        return thresholds(workspaceId);
    }

    Thresholds thresholds(UUID workspaceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select daily_active_share, messages_per_member_week, conversion_rate, coupon_redemption_rate, acquisition_cost_minor,
                       response_time_seconds, size_best_min, size_best_max, size_max, updated_at
                  from metric_threshold where workspace_id = ?1""").setParameter(1, workspaceId).getResultList();
        if (rows.isEmpty()) {
            return DEFAULTS;
        }
        Object[] r = rows.get(0);
        return new Thresholds(dec(r[0]), dec(r[1]), dec(r[2]), dec(r[3]), ((Number) r[4]).longValue(), dec(r[5]),
                ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), false, instant(r[9]));
    }

    private static BigDecimal dec(Object o) {
        return clean((BigDecimal) o);
    }

    /** 0.30 -> 0.3, 30.00 -> 30 (never 3E+1). */
    static BigDecimal clean(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Instant instant(Object o) {
        if (o instanceof Instant i) return i;
        if (o instanceof OffsetDateTime odt) return odt.toInstant();
        if (o instanceof Timestamp ts) return ts.toInstant();
        throw new IllegalStateException("unexpected time type " + o.getClass());
    }

    /** Replaces the thresholds (fields left out keep their value); owner or admin, If-Match. */
    @Transactional
    public Thresholds put(UUID workspaceId, String ifMatch, ThresholdsUpdate u) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        // serialises two concurrent updates of the thresholds
        WorkspaceLocks.hold(em, THRESHOLDS_LOCK_CLASS, workspaceId);
        Thresholds current = thresholds(workspaceId);
        etags.requireMatch(ifMatch, current);
        Thresholds next = new Thresholds(
                share("/dailyActiveShare", u.dailyActiveShare(), current.dailyActiveShare()),
                positive("/messagesPerMemberPerWeek", u.messagesPerMemberPerWeek(), current.messagesPerMemberPerWeek(), new BigDecimal("1000")),
                share("/conversionRate", u.conversionRate(), current.conversionRate()),
                share("/couponRedemptionRate", u.couponRedemptionRate(), current.couponRedemptionRate()),
                u.acquisitionCostMinor() == null ? current.acquisitionCostMinor() : range("/acquisitionCostMinor", u.acquisitionCostMinor(), 0, 100_000_000L),
                positive("/responseTimeSeconds", u.responseTimeSeconds(), current.responseTimeSeconds(), new BigDecimal("86400")),
                u.sizeBestMin() == null ? current.sizeBestMin() : (int) range("/sizeBestMin", u.sizeBestMin(), 1, 10000),
                u.sizeBestMax() == null ? current.sizeBestMax() : (int) range("/sizeBestMax", u.sizeBestMax(), 1, 10000),
                u.sizeMax() == null ? current.sizeMax() : (int) range("/sizeMax", u.sizeMax(), 1, 10000),
                false, Times.now());
        if (next.sizeBestMin() > next.sizeBestMax()) {
            throw ProblemException.invalid(Problem.FieldError.body("/sizeBestMin", "must not be above sizeBestMax"));
        }
        if (next.sizeBestMax() > next.sizeMax()) {
            throw ProblemException.invalid(Problem.FieldError.body("/sizeBestMax", "must not be above sizeMax"));
        }
        em.createNativeQuery("""
                insert into metric_threshold (workspace_id, daily_active_share, messages_per_member_week, conversion_rate, coupon_redemption_rate,
                                              acquisition_cost_minor, response_time_seconds, size_best_min, size_best_max, size_max, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (workspace_id) do update set daily_active_share = excluded.daily_active_share,
                  messages_per_member_week = excluded.messages_per_member_week, conversion_rate = excluded.conversion_rate,
                  coupon_redemption_rate = excluded.coupon_redemption_rate, acquisition_cost_minor = excluded.acquisition_cost_minor,
                  response_time_seconds = excluded.response_time_seconds, size_best_min = excluded.size_best_min,
                  size_best_max = excluded.size_best_max, size_max = excluded.size_max, updated_at = excluded.updated_at""")
                .setParameter(1, workspaceId).setParameter(2, next.dailyActiveShare()).setParameter(3, next.messagesPerMemberPerWeek())
                .setParameter(4, next.conversionRate()).setParameter(5, next.couponRedemptionRate()).setParameter(6, next.acquisitionCostMinor())
                .setParameter(7, next.responseTimeSeconds()).setParameter(8, next.sizeBestMin()).setParameter(9, next.sizeBestMax())
                .setParameter(10, next.sizeMax()).setParameter(11, next.updatedAt()).executeUpdate();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("thresholds", next.toString());
        audit.record(workspaceId, caller.principal().key(), "metric.thresholds_updated", "workspace", workspaceId, details);
        return thresholds(workspaceId);
    }

    private static BigDecimal share(String pointer, BigDecimal v, BigDecimal current) {
        if (v == null) return current;
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0 || v.scale() > 4) {
            throw ProblemException.invalid(Problem.FieldError.body(pointer, "must be a fraction between 0 and 1 (0.3 = 30 %), at most 4 decimals"));
        }
        return clean(v);
    }

    private static BigDecimal positive(String pointer, BigDecimal v, BigDecimal current, BigDecimal max) {
        if (v == null) return current;
        if (v.signum() < 0 || v.compareTo(max) > 0 || v.scale() > 2) {
            throw ProblemException.invalid(Problem.FieldError.body(pointer, "must be between 0 and " + max + ", at most 2 decimals"));
        }
        return clean(v);
    }

    private static long range(String pointer, long v, long min, long max) {
        if (v < min || v > max) {
            throw ProblemException.invalid(Problem.FieldError.body(pointer, "must be between " + min + " and " + max));
        }
        return v;
    }
}
