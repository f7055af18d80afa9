package io.shequn.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The product's own settings (prefix "shequn"); the README's configuration table lists them. */
@ConfigMapping(prefix = "shequn")
public interface ShequnConfig {

    DemoData demoData();

    Idempotency idempotency();

    Imports imports();

    Events events();

    Activities activities();

    interface Activities {
        /**
         * How often each replica starts the scheduled activities that are due and ends the
         * running ones (activity.ActivityScheduler); an activity moves at most this late.
         */
        @WithDefault("1s")
        String tick();
    }

    interface Events {
        /**
         * Ingestion requests of a replica writing to the database at once; more wait their turn.
         * Two fits a 2-core database host (docs/benchmarks.md, section 3): about a core's worth.
         */
        @WithDefault("2")
        int concurrentWrites();

        /** How long an ingestion request waits for its turn before it is answered 503. */
        @WithDefault("30s")
        Duration writeWait();
    }

    interface Imports {
        /** How often each replica looks for queued CSV import jobs. */
        @WithDefault("2s")
        String pollInterval();
    }

    interface DemoData {
        /** Load the demo workspace at start-up (the run command turns it on). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Idempotency {
        /** How long an Idempotency-Key and its first response are kept. */
        @WithDefault("PT24H")
        Duration retention();
    }
}
