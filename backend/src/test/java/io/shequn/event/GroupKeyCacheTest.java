package io.shequn.event;

import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ingestion path remembers which group a platform group id stands for (group.GroupKeyCache).
 * A new platform group id must reach the next event at once: the old id names no group any
 * more, the new one names the group, and the id freed can name another group.
 */
@QuarkusTest
class GroupKeyCacheTest {

    /** An event naming its group by platform group id. */
    private static Map<String, Object> byRoom(String eventId, String room) {
        Map<String, Object> e = new HashMap<>(event("message", eventId, "unused", "wx-guest", minutesAgo(2)));
        e.put("group", Map.of("platform", "wechat", "platformGroupId", room));
        return e;
    }

    @Test
    void aGroupGivenAnotherPlatformIdIsFoundByTheNewOneOnly() {
        EventTestData d = new EventTestData("Group cache shop");
        String g = d.group("换号群", "wx-room-old", 350);
        for (String id : new String[] {"k-1", "k-2"}) { // the second from the cache
            Api.as(d.bot).body(byRoom(id, "wx-room-old")).post("/api/v1/workspaces/{ws}/events", d.ws)
                    .then().statusCode(201).body("groupId", equalTo(g));
        }
        String etag = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().statusCode(200)
                .extract().header("ETag");
        Api.as(d.owner.token()).header("If-Match", etag).body(Map.of("platformGroupId", "wx-room-new"))
                .patch("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().statusCode(200);

        Api.as(d.bot).body(byRoom("k-3", "wx-room-old")).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/group"));
        Api.as(d.bot).body(byRoom("k-4", "wx-room-new")).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201).body("groupId", equalTo(g));
        String other = d.group("新群", "wx-room-old", 350);
        Api.as(d.bot).body(byRoom("k-5", "wx-room-old")).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201).body("groupId", equalTo(other));
    }
}
