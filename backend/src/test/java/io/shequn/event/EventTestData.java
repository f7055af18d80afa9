package io.shequn.event;

import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A workspace with a partner client (integration role) and helpers to build events. */
final class EventTestData {
    final Tokens.User owner;
    final UUID ws;
    final String bot;

    EventTestData(String name) {
        owner = Tokens.newUser("Owner " + name);
        ws = Fixtures.workspace(owner, name);
        String clientId = "bot-" + UUID.randomUUID();
        Api.as(owner.token()).body(Map.of("clientId", clientId, "role", "integration"))
                .post("/api/v1/workspaces/{ws}/access", ws).then().statusCode(201);
        bot = Tokens.client(clientId);
    }

    String group(String name, String platformGroupId, int hardLimit) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "platform", "wechat", "hardLimit", hardLimit,
                "targetSize", Math.min(hardLimit, 200)));
        if (platformGroupId != null) {
            body.put("platformGroupId", platformGroupId);
        }
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
    }

    static Instant minutesAgo(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(minutes, ChronoUnit.MINUTES);
    }

    /** An event of a wechat user in a group by id. */
    static Map<String, Object> event(String type, String platformEventId, String groupId, String userId, Instant at, Object... extra) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("platformEventId", platformEventId);
        e.put("occurredAt", at.toString());
        e.put("group", Map.of("id", groupId));
        e.put("member", Map.of("platform", "wechat", "platformUserId", userId));
        for (int i = 0; i < extra.length; i += 2) {
            e.put((String) extra[i], extra[i + 1]);
        }
        return e;
    }

    static Map<String, Object> batch(List<?> items) {
        return Map.of("items", items);
    }
}
