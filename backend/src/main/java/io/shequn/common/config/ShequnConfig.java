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
