package io.shequn.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdempotencyPurge {
    private final Idempotency idempotency;

    public IdempotencyPurge(Idempotency idempotency) {
        this.idempotency = idempotency;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        idempotency.purgeExpired();
    }
}
