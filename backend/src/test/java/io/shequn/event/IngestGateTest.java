package io.shequn.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.member.IdentityLock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestGateTest {

    @Test
    void writersBeyondTheLimitWaitTheirTurn() throws Exception {
        IngestGate gate = new IngestGate(2, Duration.ofSeconds(10));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<?>[] writers = new CompletableFuture<?>[6];
        // a thread per writer: the common pool may have fewer threads than the gate has permits
        ExecutorService threads = Executors.newFixedThreadPool(writers.length);
        for (int i = 0; i < writers.length; i++) {
            writers[i] = CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                gate.through(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(40);
                    return inside.decrementAndGet();
                });
            }, threads);
        }
        start.countDown();
        CompletableFuture.allOf(writers).get(10, TimeUnit.SECONDS);
        threads.shutdown();
        assertEquals(2, most.get(), "two writers at once, never more");
    }

    @Test
    void aWriterThatWaitsTooLongIsToldToRetryAndRunsNothing() throws Exception {
        IngestGate gate = new IngestGate(1, Duration.ofMillis(50));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> gate.through(() -> {
            holding.countDown();
            await(release);
            return 1;
        }));
        assertTrue(holding.await(5, TimeUnit.SECONDS));
        AtomicInteger ran = new AtomicInteger();
        ProblemException busy = assertThrows(ProblemException.class, () -> gate.through(ran::incrementAndGet));
        assertEquals(ProblemType.UNAVAILABLE, busy.type);
        assertEquals(0, ran.get(), "the refused request did nothing");
        release.countDown();
        assertEquals(1, first.get(5, TimeUnit.SECONDS));
        assertEquals(1, gate.through(ran::incrementAndGet), "the permit came back");
    }

    @Test
    void aRequestHeldUpByAMergeWaitsWithoutItsPermit() throws Exception {
        IngestGate gate = new IngestGate(1, Duration.ofSeconds(10));
        AtomicBoolean merging = new AtomicBoolean(true);
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> gate.through(() -> {
            attempts.incrementAndGet();
            if (merging.get()) {
                throw new IdentityLock.Busy();
            }
            return 7;
        }), thread);
        while (attempts.get() == 0) {
            sleep(5);
        }
        assertEquals(1, CompletableFuture.supplyAsync(() -> gate.through(() -> 1)).get(2, TimeUnit.SECONDS),
                "another workspace's request takes the only permit meanwhile");
        merging.set(false);
        assertEquals(7, held.get(5, TimeUnit.SECONDS), "the held request ran once the merge was over");
        assertTrue(attempts.get() >= 2, "it tried again: " + attempts.get());
        thread.shutdown();
    }

    @Test
    void aMergeLongerThanTheWaitIsToldToRetry() {
        IngestGate gate = new IngestGate(1, Duration.ofMillis(200));
        AtomicInteger attempts = new AtomicInteger();
        ProblemException busy = assertThrows(ProblemException.class, () -> gate.through(() -> {
            attempts.incrementAndGet();
            throw new IdentityLock.Busy();
        }));
        assertEquals(ProblemType.UNAVAILABLE, busy.type);
        assertTrue(attempts.get() >= 2 && attempts.get() <= 200 / IngestGate.MERGE_POLL_MILLIS + 2,
                "tried again every " + IngestGate.MERGE_POLL_MILLIS + " ms within the wait: " + attempts.get());
        assertEquals(1, gate.through(() -> 1), "the permit came back");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
