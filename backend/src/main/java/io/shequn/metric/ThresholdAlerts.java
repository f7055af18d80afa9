package io.shequn.metric;

import io.quarkus.scheduler.Scheduled;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.group.GroupService;
import io.shequn.metric.MetricDtos.Health;
import io.shequn.metric.MetricDtos.HealthCheck;
import io.shequn.metric.MetricDtos.Thresholds;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Threshold alerts (docs/metrics.md, Alerts): at the close of each local day d, every group's
 * health checks over the 7 days ending d are compared with those over the 7 days ending d - 1;
 * a check that passed and now fails raises an alert (kind = the check), a check that passes again
 * resolves the open alert of its kind. Safe with several replicas: the (workspace, day) row of
 * metric_alert_run is claimed in the same transaction that writes the alerts, so one replica
 * closes a day and the others skip it.
 */
@ApplicationScoped
public class ThresholdAlerts {
    static final int WINDOW_DAYS = 7;
    private static final Logger LOG = Logger.getLogger(ThresholdAlerts.class);

    private final MetricService metrics;
    private final HealthService health;
    private final EntityManager em;
    private final GroupService groups;
    private final Rollups rollups;

    public ThresholdAlerts(MetricService metrics, HealthService health, EntityManager em, GroupService groups, Rollups rollups) {
        this.rollups = rollups;
        this.groups = groups;
        this.metrics = metrics;
        this.health = health;
        this.em = em;
    }

    /** Every few minutes: the days that have closed in each workspace's time zone. */
    @Scheduled(every = "${shequn.metrics.alert-check-every:5m}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void closeDueDays() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select w.workspace_id, w.time_zone from workspace w
                 where exists (select 1 from metric_day d where d.workspace_id = w.workspace_id)""").getResultList();
        for (Object[] r : rows) {
            UUID ws = (UUID) r[0];
            LocalDate yesterday = LocalDate.now(ZoneId.of((String) r[1])).minusDays(1);
            try {
                closeDay(ws, yesterday);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Threshold alerts of workspace %s for %s failed; retried at the next run", ws, yesterday);
            }
        }
    }

    /** Closes local day d of a workspace: returns the number of alerts raised (0 if it was closed already). */
    @Transactional
    public int closeDay(UUID workspaceId, LocalDate d) {
        int claimed = em.createNativeQuery("""
                insert into metric_alert_run (workspace_id, day, ran_at) values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, workspaceId).setParameter(2, d).setParameter(3, Times.now()).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        // reads only, but for the alerts it writes by native statements: without this, Hibernate
        // flushed (dirty-checked) every entity loaded before each of those statements, seven per
        // group (when groups were loaded as entities, minutes of CPU at 15,000 groups)
        Session session = em.unwrap(Session.class);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        long started = System.nanoTime();
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        rollups.catchUp(workspaceId);
        Thresholds t = health.thresholds(workspaceId);
        List<UUID> groupIds = groups.unarchivedIds(workspaceId);
        int raised = 0;
        for (UUID g : groupIds) {
            Health before = HealthService.health(g, d.minusDays(WINDOW_DAYS), d.minusDays(1),
                    metrics.groupFigures(w, g, d.minusDays(WINDOW_DAYS), d.minusDays(1)), t);
            Health after = HealthService.health(g, d.minusDays(WINDOW_DAYS - 1), d,
                    metrics.groupFigures(w, g, d.minusDays(WINDOW_DAYS - 1), d), t);
            for (int i = 0; i < after.checks().size(); i++) {
                HealthCheck was = before.checks().get(i);
                HealthCheck now = after.checks().get(i);
                if (Boolean.TRUE.equals(was.passed()) && Boolean.FALSE.equals(now.passed())) {
                    raised += em.createNativeQuery("""
                            insert into alert (workspace_id, alert_id, group_id, kind, raised_at, metric, value, threshold, detail)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb))
                            on conflict (workspace_id, group_id, kind) where resolved_at is null do nothing""")
                            .setParameter(1, workspaceId).setParameter(2, Ids.newId()).setParameter(3, g).setParameter(4, now.check())
                            .setParameter(5, Times.now()).setParameter(6, now.check()).setParameter(7, now.value())
                            .setParameter(8, now.threshold())
                            .setParameter(9, "{\"day\": \"" + d + "\", \"from\": \"" + after.from() + "\", \"to\": \"" + after.to()
                                    + "\", \"comparison\": \"" + now.comparison() + "\", \"previousValue\": " + was.value() + "}")
                            .executeUpdate();
                } else if (Boolean.TRUE.equals(now.passed())) {
                    em.createNativeQuery("""
                            update alert set resolved_at = ?4 where workspace_id = ?1 and group_id = ?2 and kind = ?3 and resolved_at is null""")
                            .setParameter(1, workspaceId).setParameter(2, g).setParameter(3, now.check()).setParameter(4, Times.now())
                            .executeUpdate();
                }
            }
        }
        LOG.infof("Threshold alerts of workspace %s for %s: %d groups checked, %d alerts raised, in %d ms", workspaceId, d,
                groupIds.size(), raised, (System.nanoTime() - started) / 1_000_000);
        return raised;
    }
}
