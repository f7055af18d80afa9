package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.shequn.testing.Api;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventIngestTest {
    private EventTestData d;
    private String g;

    @BeforeEach
    void setUp() {
        d = new EventTestData("Ingest shop");
        g = d.group("福利群 1", "wx-room-1", 350);
    }

    /** A batch meant to be valid as the contract types it (request and response validated). */
    private ExtractableResponse<Response> pushBatch(List<?> items) {
        return Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
    }

    /** A batch with items the contract does not allow: only the response is validated. */
    private ExtractableResponse<Response> pushBadBatch(List<?> items) {
        return Api.malformed(d.bot).urlEncodingEnabled(false).contentType("application/json").body(batch(items))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200).extract();
    }

    @Test
    void singleEventIsStoredAndTheMemberCreated() {
        var at = minutesAgo(3);
        String id = Api.as(d.bot).body(event("order_placed", "ord-1", g, "wx-mei", at, "amount", 1990))
                .post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201)
                .body("type", equalTo("order_placed")).body("amount", equalTo(1990)).body("currency", equalTo("CNY"))
                .body("platform", equalTo("wechat")).body("groupId", equalTo(g)).body("late", equalTo(false))
                .body("occurredAt", equalTo(at.toString())).body("inviterMemberId", nullValue())
                .extract().path("id");
        assertNotNull(id);
        // the identity now names a member
        String member = Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-mei")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200)
                .body("firstSeenAt", equalTo(at.toString())).body("lastSeenAt", equalTo(at.toString()))
                .extract().path("id");
        // the same event again: 200 with the first one
        Api.as(d.bot).body(event("order_placed", "ord-1", g, "wx-mei", at, "amount", 1990))
                .post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(200).body("id", equalTo(id)).body("memberId", equalTo(member));
        // the same id with another amount: 409, the first stands
        Api.as(d.bot).body(event("order_placed", "ord-1", g, "wx-mei", at, "amount", 2990))
                .post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(409).body("errors[0].pointer", equalTo("/platformEventId"));
    }

    @Test
    void batchStoresTheGoodItemsAndRejectsEachBadOneWithItsField() {
        var at = minutesAgo(10);
        String big = "x".repeat(5000);
        var r = pushBadBatch(List.of(
                event("message", "m-1", g, "wx-a", at),                                  // 0 ok
                event("dance", "m-2", g, "wx-a", at),                                    // 1 unknown type
                event("message", "m-3", g, "wx-a", minutesAgo(-10)),                     // 2 future beyond 5 min
                event("order_placed", "o-4", g, "wx-a", at, "amount", -5),               // 3 negative amount
                event("message", "m-5", java.util.UUID.randomUUID().toString(), "wx-a", at), // 4 unknown group
                event("custom", "c-6", g, "wx-a", at, "name", "quiz", "data", Map.of("blob", big)), // 5 oversized
                event("message", "m-7", g, "wx-a", at, "amount", 100),                   // 6 wrong-type field
                event("check_in", "k-8", g, "wx-b", minutesAgo(60 * 30))));              // 7 ok, late
        assertEquals(2, (int) r.path("accepted"));
        assertEquals(6, (int) r.path("rejected"));
        assertEquals(List.of("accepted", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "accepted"),
                r.path("items.status"));
        assertEquals("/items/1/type", r.path("items[1].errors[0].pointer"));
        assertEquals("/items/2/occurredAt", r.path("items[2].errors[0].pointer"));
        assertEquals("/items/3/amount", r.path("items[3].errors[0].pointer"));
        assertEquals("/items/4/group", r.path("items[4].errors[0].pointer"));
        assertEquals("/items/5/data", r.path("items[5].errors[0].pointer"));
        assertEquals("/items/6/amount", r.path("items[6].errors[0].pointer"));
        assertEquals(true, r.path("items[7].late"));
        assertEquals(false, r.path("items[0].late"));
    }
}
