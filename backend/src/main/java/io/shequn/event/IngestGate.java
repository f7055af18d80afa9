package io.shequn.event;

import io.shequn.common.config.ShequnConfig;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.member.IdentityLock;
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
 * than {@code shequn.events.write-wait} in all is answered 503 with Retry-After, nothing written.
 */
@ApplicationScoped
public class IngestGate {
    /** How often a request held up by a merge tries again. */
    static final long MERGE_POLL_MILLIS = 50;

    private final Semaphore permits;
    private final long waitNanos;

    @jakarta.inject.Inject
    public IngestGate(ShequnConfig config) {
        this(config.events().concurrentWrites(), config.events().writeWait());
    }

    IngestGate(int concurrentWrites, java.time.Duration writeWait) {
        this.permits = new Semaphore(concurrentWrites, true);
        this.waitNanos = writeWait.toNanos();
    }

    /**
     * Runs one request's database work once a permit is free. Work that meets a merge or an
     * erasure of its workspace ({@link IdentityLock.Busy}, its transaction rolled back) gives
     * the permit back and runs again once the merge is over, so a merge holds up its own
     * workspace's requests only, within the same wait.
     */
    public <T> T through(Supplier<T> work) {
        long deadline = System.nanoTime() + waitNanos;
        while (true) {
            acquire(deadline);
            try {
                return work.get();
            } catch (IdentityLock.Busy e) {
                // waits below, without the permit
            } finally {
                permits.release();
            }
            pause(deadline);
        }
    }

    private void acquire(long deadline) {
        try {
            if (!permits.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                throw busy("Too many event requests are being written at once");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("The server is stopping");
        }
    }

    private static void pause(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw busy("Members of this workspace are being merged or erased");
        }
        try {
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(MERGE_POLL_MILLIS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("The server is stopping");
        }
    }

    private static ProblemException busy(String why) {
        return new ProblemException(ProblemType.UNAVAILABLE, why + "; nothing was written. Retry later.");
    }
}
