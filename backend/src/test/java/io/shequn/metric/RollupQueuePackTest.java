package io.shequn.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the ingestion transaction queues is what the rollup writer reads back. */
class RollupQueuePackTest {

    @Test
    void eventsComeBackAsQueued() {
        UUID group = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        List<StoredEvent> events = List.of(
                new StoredEvent(null, "order_placed", group, member, "wechat", Instant.parse("2026-11-30T15:59:59.123456Z"), false,
                        12_900L, "CNY", null, null, null),
                new StoredEvent(null, "question_asked", group, member, "qq", Instant.parse("2026-12-01T00:00:00Z"), true,
                        null, null, null, null, "问题-42 🧧"),
                new StoredEvent(null, "red_packet_claimed", null, null, "wecom", Instant.parse("2020-02-29T12:00:00.000001Z"), false,
                        0L, null, null, null, null));
        assertEquals(events, RollupQueue.unpack(RollupQueue.pack(events)));
    }
}
