package io.shequn.metric;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Compacts the append-only presence_delta rows (one row per day and previous-end day) so the
 * workspace member counts read a number of rows that depends on days, not on membership writes.
 * Several replicas: a transaction-scoped advisory lock lets one compact at a time.
 */
@ApplicationScoped
public class MetricMaintenance {
    private final EntityManager em;

    public MetricMaintenance(EntityManager em) {
        this.em = em;
    }

    @Scheduled(every = "${shequn.metrics.compact-every:60s}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void compactAll() {
        Object got = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('metric_compact'))").getSingleResult();
        if (!Boolean.TRUE.equals(got)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<UUID> workspaces = em.createNativeQuery("select distinct workspace_id from presence_delta", UUID.class).getResultList();
        for (UUID ws : workspaces) {
            compact(ws);
        }
    }

    /** Replaces a workspace's delta rows by one row per (day, previous end day). */
    @Transactional
    public void compact(UUID workspaceId) {
        // only keys with more than one row: a compacted workspace is not rewritten every minute
        em.createNativeQuery("""
                with dup as (select day, prev_end_day from presence_delta where workspace_id = ?1
                              group by day, prev_end_day having count(*) > 1),
                gone as (delete from presence_delta p using dup where p.workspace_id = ?1 and p.day = dup.day
                            and p.prev_end_day = dup.prev_end_day returning p.day, p.prev_end_day, p.entered, p.left_)
                insert into presence_delta (workspace_id, day, prev_end_day, entered, left_)
                select ?1, day, prev_end_day, sum(entered), sum(left_) from gone group by day, prev_end_day
                having sum(entered) <> 0 or sum(left_) <> 0""").setParameter(1, workspaceId).executeUpdate();
        em.createNativeQuery("""
                with dup as (select day from presence_net where workspace_id = ?1 group by day having count(*) > 1),
                gone as (delete from presence_net p using dup where p.workspace_id = ?1 and p.day = dup.day returning p.day, p.net)
                insert into presence_net (workspace_id, day, net)
                select ?1, day, sum(net) from gone group by day having sum(net) <> 0""").setParameter(1, workspaceId).executeUpdate();
    }
}
