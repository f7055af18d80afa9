package io.shequn.event;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the monthly partitions of event ahead of the events: a daily job creates the next
 * months, and ingestion asks for any month it has not seen since start-up (late events of an
 * older month). Creation runs in its own short transaction through event_ensure_month() (V6),
 * which is safe to call concurrently and moves rows that went to the default partition.
 */
@ApplicationScoped
public class EventPartitions {
    static final int MONTHS_AHEAD = 3;
    private final AgroalDataSource ds;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    public EventPartitions(AgroalDataSource ds) {
        this.ds = ds;
    }

    void onStart(@Observes StartupEvent e) {
        try {
            ahead();
        } catch (RuntimeException ex) {
            // the database may be down at start-up; the scheduled job retries
            org.jboss.logging.Logger.getLogger(EventPartitions.class).warnf("Event partitions not checked at start-up: %s", ex.toString());
        }
    }

    @Scheduled(every = "6h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void ahead() {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        Set<YearMonth> months = new TreeSet<>();
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            months.add(now.plusMonths(i));
        }
        ensureMonths(months, true);
    }

    /** Makes sure the months of these instants have their partition. */
    public void ensure(Collection<Instant> times) {
        Set<YearMonth> months = new TreeSet<>();
        for (Instant t : times) {
            YearMonth m = YearMonth.from(t.atOffset(ZoneOffset.UTC));
            if (!known.contains(m)) {
                months.add(m);
            }
        }
        if (!months.isEmpty()) {
            ensureMonths(months, false);
        }
    }

    private void ensureMonths(Set<YearMonth> months, boolean always) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select event_ensure_month(?)")) {
                for (YearMonth m : months) {
                    if (always || !known.contains(m)) {
                        s.setTimestamp(1, Timestamp.from(m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
                        s.execute();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        known.addAll(months);
    }
}
