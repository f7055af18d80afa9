package io.shequn.common.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** A job failing every second while the database is away logs once a minute, not every second. */
class JobFailuresTest {
    private static final Logger LOG = Logger.getLogger(JobFailuresTest.class);

    @Test
    void aRunOfFailuresIsLoggedOnceAMinuteAndStartsAgainAfterARecovery() {
        String job = "test job " + System.nanoTime();
        RuntimeException down = new IllegalStateException("connection refused");
        Instant t = Instant.parse("2026-12-02T08:00:00Z");
        assertTrue(JobFailures.failed(LOG, job, down, t), "the first failure is logged");
        for (int s = 1; s < 60; s++) {
            assertFalse(JobFailures.failed(LOG, job, down, t.plusSeconds(s)), "failure after " + s + " s is not");
        }
        assertTrue(JobFailures.failed(LOG, job, down, t.plusSeconds(60)), "a minute later, one line");
        assertFalse(JobFailures.failed(LOG, job, down, t.plusSeconds(61)));
        JobFailures.succeeded(LOG, job);
        assertTrue(JobFailures.failed(LOG, job, down, t.plusSeconds(62)), "a new run of failures is logged at once");
    }
}
