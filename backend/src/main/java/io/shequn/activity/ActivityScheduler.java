package io.shequn.activity;

import io.quarkus.scheduler.Scheduled;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.jobs.JobFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starts scheduled activities at their startAt and ends running ones at their endAt, by
 * themselves. Every replica runs it; each tick locks the due rows FOR UPDATE SKIP LOCKED, so a
 * row another replica is moving is skipped, and re-reads the status under the lock, so a row
 * another replica moved meanwhile is no longer due: no activity moves twice. Nothing is kept in
 * memory: after a restart the first tick finds whatever fell due meanwhile. The times recorded
 * are the planned ones (startedAt = startAt, endedAt = endAt), also when a tick catches up late.
 */
@ApplicationScoped
public class ActivityScheduler {
    private static final Logger LOG = Logger.getLogger(ActivityScheduler.class);
    static final String ACTOR = "system:scheduler";
    private static final int BATCH = 200;
    /** Which process moved it ("pid@host"), in the audit entry: two replicas' shares can be told apart. */
    private static final String REPLICA = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

    private final EntityManager em;
    private final AuditLog audit;

    public ActivityScheduler(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @Scheduled(every = "${shequn.activities.tick:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            tick(Times.now());
            JobFailures.succeeded(LOG, "The activity scheduler");
        } catch (RuntimeException e) {
            JobFailures.failed(LOG, "The activity scheduler", e);
        }
    }

    /** One pass: starts what is due, then ends what is due (an activity missed whole while down does both). */
    @Transactional
    public int tick(Instant now) {
        int moved = move("scheduled", "start_at", "running", "started_at", now);
        return moved + move("running", "end_at", "ended", "ended_at", now);
    }

    private int move(String from, String dueColumn, String to, String stampColumn, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select workspace_id, activity_id from activity where status = ?1 and "
                        + dueColumn + " <= ?2 order by " + dueColumn + " limit " + BATCH + " for update skip locked")
                .setParameter(1, from).setParameter(2, now).getResultList();
        for (Object[] row : due) {
            UUID ws = (UUID) row[0];
            UUID id = (UUID) row[1];
            int changed = em.createNativeQuery("update activity set status = ?1, " + stampColumn + " = " + dueColumn
                            + ", updated_at = ?2 where workspace_id = ?3 and activity_id = ?4 and status = ?5")
                    .setParameter(1, to).setParameter(2, Times.now()).setParameter(3, ws).setParameter(4, id)
                    .setParameter(5, from).executeUpdate();
            if (changed == 1) {
                audit.record(ws, ACTOR, "activity." + to, "activity", id, Map.of("status", from + " -> " + to, "replica", REPLICA));
            }
        }
        return due.size();
    }
}
