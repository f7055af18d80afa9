package io.shequn.event;

import io.shequn.common.config.ShequnConfig;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code shequn.events.concurrent-writes} ingestion requests of this replica write to
 * the database at once; the others wait their turn, first come first served. Writers beyond a
 * couple per core add PostgreSQL CPU per event (transactions open side by side keep old row
 * versions from being pruned, so fewer updates stay HOT, and their locks and context switches
 * cost) without adding throughput: docs/benchmarks.md, section 3. A request that waits longer
 * than {@code shequn.events.write-wait} is answered 503 with Retry-After, nothing written.
 */
@ApplicationScoped
public class IngestGate {
    private final Semaphore permits;
    private final long waitMillis;

    @jakarta.inject.Inject
    public IngestGate(ShequnConfig config) {
        this(config.events().concurrentWrites(), config.events().writeWait());
    }

    IngestGate(int concurrentWrites, java.time.Duration writeWait) {
        this.permits = new Semaphore(concurrentWrites, true);
        this.waitMillis = writeWait.toMillis();
    }

    /** Runs one request's database work once a permit is free. */
    public <T> T through(Supplier<T> work) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static ProblemException busy() {
        return new ProblemException(ProblemType.UNAVAILABLE, "Too many event requests are being written at once; nothing"
                + " was written. Retry later.");
    }
}
