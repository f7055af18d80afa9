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
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Sql;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventIngestTest {
    @Inject
    AgroalDataSource ds;
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
        // a later event and an earlier one widen first/last seen within seconds (with the rollups)
        var later = minutesAgo(1);
        var earlier = minutesAgo(60 * 30);
        assertEquals(2, (int) pushBatch(List.of(event("message", "msg-later", g, "wx-mei", later),
                event("message", "msg-earlier", g, "wx-mei", earlier))).path("accepted"));
        long deadline = System.currentTimeMillis() + 10_000;
        String seen;
        do {
            var m = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}", d.ws, member).then().statusCode(200).extract();
            seen = m.path("firstSeenAt") + " " + m.path("lastSeenAt");
        } while (!seen.equals(earlier + " " + later) && System.currentTimeMillis() < deadline && pause(200));
        assertEquals(earlier + " " + later, seen, "first and last seen of the member");
    }

    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
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

    @Test
    void anOrderOrRedPacketOfAmountZeroIsRejectedAtAmountAndNotStored() {
        var at = minutesAgo(3);
        var r = pushBadBatch(List.of(
                event("order_placed", "zero-o", g, "wx-a", at, "amount", 0),
                event("red_packet_claimed", "zero-rp", g, "wx-a", at, "amount", 0),
                event("order_placed", "one-o", g, "wx-a", at, "amount", 1)));
        assertEquals(List.of("rejected", "rejected", "accepted"), r.path("items.status"));
        assertEquals("/items/0/amount", r.path("items[0].errors[0].pointer"));
        assertEquals("/items/1/amount", r.path("items[1].errors[0].pointer"));
        assertEquals(1, eventsInGroup(g));
    }

    private long sql(String query, Object... params) throws Exception {
        return Sql.count(ds, query, params);
    }

    private int eventsInGroup(String group) {
        return Api.as(d.owner.token()).queryParam("limit", 200).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, group)
                .then().statusCode(200).extract().path("items.size()");
    }

    @Test
    void theRejectedItemsAreNotStoredAndTheGoodOnesAreWhole() {
        var at = minutesAgo(5);
        pushBadBatch(List.of(event("message", "w-1", g, "wx-a", at), event("message", "w-2", g, "wx-a", at, "kind", "ad"),
                event("feedback", "w-3", g, "wx-b", at, "kind", "complaint", "text", "太吵了")));
        assertEquals(2, eventsInGroup(g));
        Api.as(d.owner.token()).queryParam("type", "feedback").get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, g)
                .then().body("items[0].kind", equalTo("complaint")).body("items[0].text", equalTo("太吵了"))
                .body("items[0].platformEventId", equalTo("w-3"));
    }

    @Test
    void aBatchOfMoreThan1000ItemsIsRefusedWhole() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            items.add(event("message", "big-" + i, g, "wx-a", minutesAgo(1)));
        }
        Api.malformed(d.bot).urlEncodingEnabled(false).contentType("application/json").body(batch(items))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://shequn.io/problems/batch-size")).body("errors[0].pointer", equalTo("/items"));
        assertEquals(0, eventsInGroup(g));
        // exactly 1,000 is fine
        assertEquals(1000, (int) pushBatch(items.subList(0, 1000)).path("accepted"));
    }

    @Test
    void duplicatesAndConflictsInTheSameBatchAndInALaterOne() {
        var at = minutesAgo(2);
        var r = pushBatch(List.of(event("message", "a", g, "wx-a", at), event("message", "a", g, "wx-a", at),
                event("order_placed", "b", g, "wx-a", at, "amount", 100), event("order_placed", "b", g, "wx-a", at, "amount", 999)));
        assertEquals(List.of("accepted", "duplicate", "accepted", "conflict"), r.path("items.status"));
        String a = r.path("items[0].eventId");
        String b = r.path("items[2].eventId");
        assertEquals(a, r.path("items[1].eventId"));
        assertEquals(b, r.path("items[3].eventId"));
        assertEquals("/items/3/platformEventId", r.path("items[3].errors[0].pointer"));
        // a later batch: the same payloads are duplicates (whatever the JSON spelling of the time), another one conflicts
        var later = pushBatch(List.of(event("message", "a", g, "wx-a", at).entrySet().stream()
                        .collect(HashMap<String, Object>::new, (m, e) -> m.put(e.getKey(), e.getKey().equals("occurredAt")
                                ? at.atOffset(java.time.ZoneOffset.ofHours(8)).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                                : e.getValue()), HashMap::putAll),
                event("order_placed", "b", g, "wx-a", at, "amount", 999), event("message", "c", g, "wx-a", at)));
        assertEquals(List.of("duplicate", "conflict", "accepted"), later.path("items.status"));
        assertEquals(a, later.path("items[0].eventId"));
        assertEquals(b, later.path("items[1].eventId"));
        assertEquals(3, eventsInGroup(g));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/events/{id}", d.ws, b).then().statusCode(200).body("amount", equalTo(100));
        // the same platform event id in another platform's group is another event
        String qq = Api.as(d.owner.token()).body(Map.of("name", "QQ 群", "platform", "qq"))
                .post("/api/v1/workspaces/{ws}/groups", d.ws).then().statusCode(201).extract().path("id");
        assertEquals("accepted", pushBatch(List.of(event("message", "a", qq, "wx-a", at))).path("items[0].status"));
    }

    @Test
    void theSameBatchPostedConcurrentlyIsStoredOnce() throws Exception {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.add(event("message", "conc-" + i, g, "wx-new-" + (i % 40), minutesAgo(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                calls.add(() -> pushBatch(items));
            }
            int accepted = 0;
            int duplicates = 0;
            for (Future<ExtractableResponse<Response>> f : pool.invokeAll(calls)) {
                accepted += (int) f.get().path("accepted");
                duplicates += (int) f.get().path("duplicates");
            }
            assertEquals(200, accepted);
            assertEquals(400, duplicates);
        } finally {
            pool.shutdown();
        }
        assertEquals(200, sql("select count(*) from event where workspace_id = ?", d.ws));
        // 40 new people, each created once
        assertEquals(40, sql("select count(*) from member where workspace_id = ?", d.ws));
        assertEquals(40, sql("select count(*) from member_identity where workspace_id = ?", d.ws));
    }

    @Test
    void aNewPersonCreatedMeanwhileByAnotherReplicaIsReusedNotCreatedTwice() throws Exception {
        // another replica's transaction creates wx-race and has not committed when the batch reads its identities
        String other = java.util.UUID.randomUUID().toString();
        try (var c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.prepareStatement("insert into member (workspace_id, member_id, created_at, updated_at) values (?::uuid, ?::uuid, now(), now())")) {
                s.setObject(1, d.ws);
                s.setString(2, other);
                s.executeUpdate();
            }
            try (var s = c.prepareStatement("insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)"
                    + " values (?::uuid, 'wechat', 'wx-race', ?::uuid, now())")) {
                s.setObject(1, d.ws);
                s.setString(2, other);
                s.executeUpdate();
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<ExtractableResponse<Response>> pushed = pool.submit(() -> pushBatch(List.of(
                        event("message", "race-1", g, "wx-race", minutesAgo(2)), event("message", "race-2", g, "wx-calm", minutesAgo(1)))));
                // the batch's identity insert waits for this transaction's key
                long deadline = System.currentTimeMillis() + 10_000;
                boolean waiting = false;
                while (!waiting && System.currentTimeMillis() < deadline) {
                    waiting = sql("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted"
                            + " and a.query ilike 'copy member_identity%'") > 0 || !pause(50);
                }
                assertTrue(waiting, "the batch's identity insert waits for the other transaction");
                c.commit();
                assertEquals(2, (int) pushed.get(30, java.util.concurrent.TimeUnit.SECONDS).path("accepted"));
            } finally {
                pool.shutdown();
            }
        }
        assertEquals(other, Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-race")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200).extract().path("id"));
        assertEquals(1, sql("select count(*) from event where workspace_id = ? and member_id = ?", d.ws, java.util.UUID.fromString(other)));
        // the member the batch made for wx-race before it lost the claim is gone; wx-calm's stays
        assertEquals(2, sql("select count(*) from member where workspace_id = ?", d.ws));
    }

    @Test
    void anIdempotencyKeyReplaysTheAnswer() {
        var items = List.of(event("message", "idem-1", g, "wx-a", minutesAgo(1)));
        String first = Api.as(d.bot).urlEncodingEnabled(false).header("Idempotency-Key", "k-1").body(batch(items))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200)
                .body("items[0].status", equalTo("accepted")).extract().asString();
        // replayed as it was: "accepted", not "duplicate"
        String again = Api.as(d.bot).urlEncodingEnabled(false).header("Idempotency-Key", "k-1").body(batch(items))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200)
                .header("Idempotent-Replayed", "true").extract().asString();
        assertEquals(first, again);
        Api.as(d.bot).urlEncodingEnabled(false).header("Idempotency-Key", "k-1")
                .body(batch(List.of(event("message", "idem-2", g, "wx-a", minutesAgo(1)))))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(422);
        var single = event("message", "idem-3", g, "wx-a", minutesAgo(1));
        Api.as(d.bot).header("Idempotency-Key", "k-2").body(single)
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().log().ifValidationFails().statusCode(201);
        Api.as(d.bot).header("Idempotency-Key", "k-2").body(single)
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(2, eventsInGroup(g));
    }

    @Test
    void joinsPastTheHardLimitAreStoredWithAnAlertAndLeavesCloseTheMembership() throws Exception {
        String small = d.group("小群", "wx-room-small", 2);
        var t0 = minutesAgo(30);
        var r = pushBatch(List.of(event("joined", "j-1", small, "wx-1", t0), event("joined", "j-2", small, "wx-2", t0.plusSeconds(1)),
                event("joined", "j-3", small, "wx-3", t0.plusSeconds(2)),
                // a repeated join of someone already in is stored but changes nothing
                event("joined", "j-1b", small, "wx-1", t0.plusSeconds(3))));
        assertEquals(4, (int) r.path("accepted"));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, small).then().body("memberCount", equalTo(3));
        assertEquals(1, sql("select count(*) from alert where workspace_id = ? and group_id = ? and kind = 'over_capacity'"
                + " and resolved_at is null and value = 3 and threshold = 2", d.ws, UUID.fromString(small)));
        // an API join is still refused at the hard limit
        String m4 = Api.as(d.owner.token()).body(Map.of("displayName", "第四位")).post("/api/v1/workspaces/{ws}/members", d.ws)
                .then().statusCode(201).extract().path("id");
        Api.as(d.owner.token()).body(Map.of("memberId", m4)).post("/api/v1/workspaces/{ws}/groups/{g}/memberships", d.ws, small)
                .then().statusCode(409);

        String leaver = Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-2")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().extract().path("id");
        var left = t0.plusSeconds(60);
        pushBatch(List.of(event("left", "l-2", small, "wx-2", left),
                // a left of someone not in the group is stored, and changes nothing
                event("left", "l-9", small, "wx-9", left)));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, small).then().body("memberCount", equalTo(2));
        Api.as(d.owner.token()).queryParam("state", "all").get("/api/v1/workspaces/{ws}/members/{m}/memberships", d.ws, leaver)
                .then().body("items", hasSize(1)).body("items[0].leftAt", equalTo(left.toString()))
                .body("items[0].joinedAt", equalTo(t0.plusSeconds(1).toString())).body("items[0].leftReason", equalTo("left"));
        // back within the limit: the alert is resolved
        assertEquals(0, sql("select count(*) from alert where workspace_id = ? and group_id = ? and resolved_at is null",
                d.ws, UUID.fromString(small)));
        assertEquals(3L, sql("select count(*) from membership where workspace_id = ? and group_id = ?", d.ws, UUID.fromString(small)));
        // join, leave and join again in one batch, in time order whatever the item order
        var r2 = pushBatch(List.of(event("joined", "j-2c", small, "wx-2", left.plusSeconds(20)),
                event("joined", "j-2b", small, "wx-2", left.plusSeconds(10)), event("left", "l-2b", small, "wx-2", left.plusSeconds(15))));
        assertEquals(3, (int) r2.path("accepted"));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, small).then().body("memberCount", equalTo(3));
        assertEquals(3L, sql("select count(*) from membership where workspace_id = ? and member_id = ?", d.ws, UUID.fromString(leaver)));
    }

    @Test
    void joinsAndLeavesArrivingOutOfOrderEndInTheRightHistory() {
        String grp = d.group("乱序群", "wx-room-ooo", 350);
        var t0 = minutesAgo(120);
        // a left that arrives before its join is stored and changes nothing yet
        pushBatch(List.of(event("left", "ooo-l1", grp, "wx-o1", t0.plusSeconds(600))));
        // its join then makes the stay that the left already closed
        pushBatch(List.of(event("joined", "ooo-j1", grp, "wx-o1", t0)));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, grp).then().body("memberCount", equalTo(0));
        stays("wx-o1").body("items", hasSize(1)).body("items[0].joinedAt", equalTo(t0.toString()))
                .body("items[0].leftAt", equalTo(t0.plusSeconds(600).toString()));
        // a join inside that stay changes nothing
        pushBatch(List.of(event("joined", "ooo-j1b", grp, "wx-o1", t0.plusSeconds(60))));
        stays("wx-o1").body("items", hasSize(1));
        // an earlier join of a current stay, arriving later: the stay began earlier
        pushBatch(List.of(event("joined", "ooo-j2", grp, "wx-o2", t0.plusSeconds(300))));
        pushBatch(List.of(event("joined", "ooo-j2a", grp, "wx-o2", t0.plusSeconds(100))));
        stays("wx-o2").body("items", hasSize(1)).body("items[0].joinedAt", equalTo(t0.plusSeconds(100).toString()))
                .body("items[0].leftAt", nullValue());
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, grp).then().body("memberCount", equalTo(1));
        // a join and its left in one batch, the left first in the batch
        pushBatch(List.of(event("left", "ooo-l3", grp, "wx-o3", t0.plusSeconds(50)), event("joined", "ooo-j3", grp, "wx-o3", t0)));
        stays("wx-o3").body("items", hasSize(1)).body("items[0].leftAt", equalTo(t0.plusSeconds(50).toString()));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, grp).then().body("memberCount", equalTo(1));
    }

    /** The memberships (current and past) of the member with this wechat identity. */
    private io.restassured.response.ValidatableResponse stays(String wechatId) {
        String m = Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", wechatId)
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200).extract().path("id");
        return Api.as(d.owner.token()).queryParam("state", "all").get("/api/v1/workspaces/{ws}/members/{m}/memberships", d.ws, m)
                .then().statusCode(200);
    }

    @Test
    void analystsMayNotPushAndOperatorsMay() {
        Tokens.User analyst = Tokens.newUser("Analyst");
        Fixtures.grant(d.owner, d.ws, analyst, "analyst");
        Api.as(analyst.token()).body(event("message", "an-1", g, "wx-a", minutesAgo(1)))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(403);
        Api.as(analyst.token()).urlEncodingEnabled(false).body(batch(List.of(event("message", "an-1", g, "wx-a", minutesAgo(1)))))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(403);
        Tokens.User operator = Tokens.newUser("Operator");
        Fixtures.grant(d.owner, d.ws, operator, "operator");
        Api.as(operator.token()).body(event("message", "op-1", g, "wx-a", minutesAgo(1)))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201);
        // the analyst reads
        Api.as(analyst.token()).get("/api/v1/workspaces/{ws}/groups/{g}/events", d.ws, g).then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void referencesByPlatformIdsAndTypeSpecificFields() {
        String inviter = Api.as(d.owner.token()).body(Map.of("displayName", "老王")).post("/api/v1/workspaces/{ws}/members", d.ws)
                .then().statusCode(201).extract().path("id");
        var at = minutesAgo(4);
        Map<String, Object> invite = event("invite_accepted", "inv-1", g, "wx-new", at, "inviter", Map.of("id", inviter));
        invite.put("group", Map.of("platform", "wechat", "platformGroupId", "wx-room-1"));
        var r = pushBatch(List.of(invite,
                event("question_asked", "q-1", g, "wx-new", at),
                event("question_answered", "q-1-a", g, "wx-staff", at.plusSeconds(20), "questionEventId", "q-1"),
                event("scheduled_post_done", "s-1", g, "wx-bot", at, "scheduleItemId", UUID.randomUUID().toString()),
                event("rule_violation", "v-1", g, "wx-spam", at, "kind", "spam_link"),
                event("custom", "c-1", g, "wx-new", at, "name", "quiz_won", "data", Map.of("score", 9)),
                event("red_packet_claimed", "rp-1", g, "wx-new", at, "amount", 88, "currency", "CNY")));
        assertEquals(7, (int) r.path("accepted"));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/events/{id}", d.ws, (String) r.path("items[0].eventId"))
                .then().body("inviterMemberId", equalTo(inviter)).body("groupId", equalTo(g));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/events/{id}", d.ws, (String) r.path("items[2].eventId"))
                .then().body("questionEventId", equalTo("q-1"));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/events/{id}", d.ws, (String) r.path("items[5].eventId"))
                .then().body("name", equalTo("quiz_won")).body("data.score", equalTo(9));
        // missing type-specific fields are named
        var bad = pushBadBatch(List.of(event("invite_accepted", "inv-2", g, "wx-new", at),
                event("feedback", "f-2", g, "wx-new", at, "kind", "ad", "text", "x"),
                event("message", "m-2", g, "wx-new", at, "member", Map.of("id", UUID.randomUUID().toString()))));
        assertEquals(List.of("/items/0/inviter"), bad.path("items[0].errors.pointer"));
        assertEquals(List.of("/items/1/kind"), bad.path("items[1].errors.pointer"));
        assertEquals(List.of("/items/2/member/id"), bad.path("items[2].errors.pointer"));
        Api.malformed(d.bot).contentType("application/json").body(event("message", "m-3", g, "wx-new", at, "colour", "red"))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(400).body("errors[0].pointer", equalTo("/colour"));
    }
}
