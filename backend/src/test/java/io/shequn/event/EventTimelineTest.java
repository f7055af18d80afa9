package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventTimelineTest {
    private EventTestData d;
    private String g;
    private String other;
    private final Instant t0 = minutesAgo(60 * 24 * 40); // 40 days ago: two months' partitions

    @BeforeEach
    void setUp() {
        d = new EventTestData("Timeline shop");
        g = d.group("福利群 1", null, 350);
        other = d.group("福利群 2", null, 350);
        List<Map<String, Object>> items = new ArrayList<>();
        // 7 events of wx-mei in g, one per ~6 days, the 4th and 5th at the same instant; one in the other group
        for (int i = 0; i < 7; i++) {
            Instant at = t0.plusSeconds(86_400L * 6 * (i == 4 ? 3 : i));
            items.add(event(i % 2 == 0 ? "message" : "check_in", "e-" + i, g, "wx-mei", at));
        }
        items.add(event("message", "x-1", other, "wx-mei", t0.plusSeconds(1)));
        items.add(event("message", "y-1", g, "wx-lee", t0.plusSeconds(2)));
        assertEquals(9, (int) Api.as(d.bot).urlEncodingEnabled(false).body(batch(items))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200).extract().path("accepted"));
    }

    private String mei() {
        return Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-mei")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200).extract().path("id");
    }

    @Test
    void aGroupTimelineIsNewestFirstAndPagesWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        List<String> times = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = Api.as(d.owner.token()).queryParam("limit", 3);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var r = spec.get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, g).then().statusCode(200).extract();
            seen.addAll(r.path("items.platformEventId"));
            times.addAll(r.path("items.occurredAt"));
            cursor = r.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(8, seen.size());
        // newest first: e-6, e-5, then e-3 and e-4 at the same instant (id order, descending), e-2, e-1, y-1, e-0
        assertEquals(List.of("e-6", "e-5"), seen.subList(0, 2));
        assertEquals(List.of("e-2", "e-1", "y-1", "e-0"), seen.subList(4, 8));
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, times);
        assertEquals(8, new java.util.HashSet<>(seen).size());
    }

    @Test
    void aMemberTimelineSpansGroupsAndFiltersByTypeAndTime() {
        String m = mei();
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, m).then().statusCode(200)
                .body("items", hasSize(8)).body("nextCursor", nullValue());
        Api.as(d.owner.token()).queryParam("type", "check_in").get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, m)
                .then().body("items.platformEventId", equalTo(List.of("e-5", "e-3", "e-1")));
        Api.as(d.owner.token()).queryParam("type", "check_in").queryParam("type", "message")
                .queryParam("from", t0.plusSeconds(86_400L * 6).toString()).queryParam("to", t0.plusSeconds(86_400L * 18).toString())
                .get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, m)
                .then().body("items.platformEventId", equalTo(List.of("e-2", "e-1")));
        Api.malformed(d.owner.token()).queryParam("type", "dance").get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, m)
                .then().statusCode(400).body("errors[0].parameter", equalTo("type"));
        Api.malformed(d.owner.token()).queryParam("from", "yesterday").get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, g)
                .then().statusCode(400).body("errors[0].parameter", equalTo("from"));
    }

    @Test
    void timelinesHaveETags() {
        String etag = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, other).then().statusCode(200)
                .extract().header("ETag");
        Api.as(d.owner.token()).header("If-None-Match", etag).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, other)
                .then().statusCode(304);
        Api.as(d.bot).body(event("message", "x-2", other, "wx-mei", minutesAgo(1))).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201);
        Api.as(d.owner.token()).header("If-None-Match", etag).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, other)
                .then().statusCode(200).body("items", hasSize(2)).body("items[0].platformEventId", equalTo("x-2"));
    }

    @Test
    void aMergeMovesTheEventsAndAnErasureAnonymisesThem() {
        String mei = mei();
        // wx-lee is the same person as wx-mei
        String lee = Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-lee")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().extract().path("id");
        Api.as(d.bot).body(event("feedback", "f-1", g, "wx-lee", minutesAgo(2), "kind", "suggestion", "text", "请多发优惠券, 我的电话 138..."))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201);
        Api.as(d.owner.token()).body(Map.of("memberId", lee)).post("/api/v1/workspaces/{ws}/members/{m}/merge", d.ws, mei)
                .then().statusCode(200);
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, mei).then()
                .body("items", hasSize(10)).body("items[0].text", equalTo("请多发优惠券, 我的电话 138..."));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, lee).then().body("items", hasSize(0));
        // an event pushed later for the absorbed member's identity lands on the survivor
        Api.as(d.bot).body(event("message", "after-merge", g, "wx-lee", minutesAgo(1))).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201).body("memberId", equalTo(mei));

        Api.as(d.owner.token()).post("/api/v1/workspaces/{ws}/members/{m}/erase", d.ws, mei).then().statusCode(200);
        Api.as(d.owner.token()).queryParam("type", "feedback").get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, mei).then()
                .body("items", hasSize(1)).body("items[0].kind", equalTo("suggestion")).body("items[0].text", nullValue());
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, g).then().body("items", hasSize(10));
    }
}
