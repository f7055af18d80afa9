package io.shequn.common.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.logging.Logger;

/**
 * The log of a background job that runs every second or two: while the database is away it would
 * fail (and log a stack trace) at that rate. Here the first failure of a run of failures is logged
 * with its stack trace, then one line a minute while it goes on, and one when the job recovers.
 */
public final class JobFailures {
    private static final Duration QUIET = Duration.ofMinutes(1);
    private static final ConcurrentMap<String, Run> RUNS = new ConcurrentHashMap<>();

    private JobFailures() {
    }

    private static final class Run {
        final Instant since;
        Instant logged;
        long failures;

        Run(Instant since) {
            this.since = since;
            this.logged = since;
        }
    }

    /** A failed run of the job; true when it was logged. */
    public static boolean failed(Logger log, String job, RuntimeException e) {
        return failed(log, job, e, Instant.now());
    }

    static boolean failed(Logger log, String job, RuntimeException e, Instant now) {
        Run run = RUNS.get(job);
        if (run == null) {
            RUNS.put(job, new Run(now));
            log.warnf(e, "%s failed; retried on its schedule (further failures logged once a minute)", job);
            return true;
        }
        run.failures++;
        if (Duration.between(run.logged, now).compareTo(QUIET) < 0) {
            return false;
        }
        run.logged = now;
        log.warnf("%s still failing: %d more failures since %s; last: %s", job, run.failures, run.since, e.toString());
        return true;
    }

    /** A run of the job that went through. */
    public static void succeeded(Logger log, String job) {
        Run run = RUNS.remove(job);
        if (run != null) {
            log.infof("%s works again (failing since %s)", job, run.since);
        }
    }
}
