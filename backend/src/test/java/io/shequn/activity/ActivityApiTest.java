package io.shequn.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning activities, the lifecycle the server enforces, and the bad cases of issue 20. */
@QuarkusTest
class ActivityApiTest {
    static final String ACTIVITIES = "/api/v1/workspaces/{ws}/activities";
    static final String ACTIVITY = "/api/v1/workspaces/{ws}/activities/{id}";

    private Tokens.User owner;
    private UUID ws;
    private String group;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Activities shop");
        group = ActivityApiTest.group(owner, ws, "福利群 1");
    }

    /** A WeChat group of the workspace, created through the API: the target of the activities planned here. */
    static String group(Tokens.User owner, UUID ws, String name) {
        return Api.as(owner.token()).body(Map.of("name", name, "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> redPacket(String group, Instant start, Instant end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "春节红包雨");
        body.put("type", "red_packet");
        body.put("goal", Map.of("participants", 2, "orders", 2, "gmvMinor", 10000, "newMembers", 1));
        body.put("budgetMinor", 1000);
        body.put("targetGroupIds", List.of(group));
        body.put("startAt", start.toString());
        body.put("endAt", end.toString());
        body.put("rulesText", "每人限抢一次");
        body.put("promotion", Map.of("channel", "content", "plan", "群公告", "pushes",
                List.of(Map.of("at", start.minus(1, ChronoUnit.DAYS).toString(), "message", "明晚红包雨"))));
        body.put("settings", Map.of("type", "red_packet", "mode", "all", "totalAmountMinor", 1000, "packets", 10));
        return body;
    }

    private String create(Map<String, Object> body) {
        return Api.as(owner.token()).body(body).post(ACTIVITIES, ws).then().statusCode(201).extract().path("id");
    }

    @Test
    void anActivityGoesThroughItsLifecycleAndRefusesWrongMoves() {
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String id = Api.as(owner.token()).body(redPacket(group, start, start.plus(2, ChronoUnit.DAYS))).post(ACTIVITIES, ws)
                .then().statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("draft")).body("commercial", equalTo(false)).body("currency", equalTo("CNY"))
                .body("allowedTransitions", contains("scheduled", "cancelled")).body("settings.split", equalTo("random"))
                .body("review", nullValue()).body("goal.participants", equalTo(2))
                .extract().path("id");

        // list with filters
        Api.as(owner.token()).queryParam("status", "draft").queryParam("type", "red_packet").queryParam("groupId", group)
                .get(ACTIVITIES, ws).then().statusCode(200).body("items.id", contains(id));
        Api.as(owner.token()).queryParam("status", "running").get(ACTIVITIES, ws).then().body("items", empty());
        Api.as(owner.token()).queryParam("from", start.plus(10, ChronoUnit.DAYS).toString().substring(0, 10))
                .get(ACTIVITIES, ws).then().body("items", empty());
        Api.as(owner.token()).queryParam("groupId", UUID.randomUUID()).get(ACTIVITIES, ws).then().body("items", empty());
        Api.malformed(owner.token()).queryParam("status", "paused").get(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("status"));

        // PATCH with If-Match; null clears
        String etag = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("title", "x")).patch(ACTIVITY, ws, id)
                .then().statusCode(428);
        Map<String, Object> change = new HashMap<>();
        change.put("budgetMinor", null);
        change.put("title", "元宵红包雨");
        String etag2 = Api.as(owner.token()).header("If-Match", etag).body(change).patch(ACTIVITY, ws, id).then().statusCode(200)
                .body("budgetMinor", nullValue()).body("title", equalTo("元宵红包雨")).body("rulesText", equalTo("每人限抢一次"))
                .extract().header("ETag");
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("title", "stale")).patch(ACTIVITY, ws, id).then().statusCode(412);
        Api.as(owner.token()).header("If-Match", etag2).body(Map.of("budgetMinor", 2000)).patch(ACTIVITY, ws, id).then().statusCode(200)
                .body("budgetMinor", equalTo(2000));

        // draft -> running is not a move
        Api.as(owner.token()).post(ACTIVITY + "/start", ws, id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://shequn.io/problems/activity-state"))
                .body("currentStatus", equalTo("draft")).body("allowedTransitions", contains("scheduled", "cancelled"));
        Api.as(owner.token()).header("Idempotency-Key", "sched-1").post(ACTIVITY + "/schedule", ws, id).then().statusCode(200)
                .body("status", equalTo("scheduled")).body("allowedTransitions", contains("running", "cancelled"));
        // a retry with the same key answers the same, it does not move twice (nor 409)
        Api.as(owner.token()).header("Idempotency-Key", "sched-1").post(ACTIVITY + "/schedule", ws, id).then().statusCode(200)
                .body("status", equalTo("scheduled"));
        Api.as(owner.token()).header("If-Match", "\"stale\"").post(ACTIVITY + "/start", ws, id).then().statusCode(412);
        Api.as(owner.token()).post(ACTIVITY + "/start", ws, id).then().statusCode(200).body("status", equalTo("running"))
                .body("startedAt", notNullValue());
        // running: the plan's targets no longer change, the end may
        String running = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Api.as(owner.token()).header("If-Match", running).body(Map.of("targetGroupIds", List.of())).patch(ACTIVITY, ws, id)
                .then().statusCode(409).body("currentStatus", equalTo("running"));
        Api.as(owner.token()).header("If-Match", running).body(Map.of("endAt", start.plus(3, ChronoUnit.DAYS).toString()))
                .patch(ACTIVITY, ws, id).then().statusCode(200);
        Api.as(owner.token()).post(ACTIVITY + "/end", ws, id).then().statusCode(200).body("status", equalTo("ended"))
                .body("endedAt", notNullValue()).body("allowedTransitions", contains("reviewed"));
        // ended -> running: 409 naming the allowed transitions
        Api.as(owner.token()).post(ACTIVITY + "/start", ws, id).then().statusCode(409)
                .body("currentStatus", equalTo("ended")).body("allowedTransitions", contains("reviewed"))
                .body("detail", equalTo("A ended activity cannot move to running; allowed from ended: reviewed."));
        Api.as(owner.token()).post(ACTIVITY + "/cancel", ws, id).then().statusCode(409).body("allowedTransitions", contains("reviewed"));
        String ended = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Api.as(owner.token()).header("If-Match", ended).body(Map.of("title", "晚了")).patch(ACTIVITY, ws, id).then().statusCode(200);
        ended = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Api.as(owner.token()).header("If-Match", ended).body(Map.of("rulesText", "改规则")).patch(ACTIVITY, ws, id).then().statusCode(409);

        // analysts read, never change
        Tokens.User analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).get(ACTIVITY, ws, id).then().statusCode(200);
        Api.as(analyst.token()).post(ACTIVITY + "/cancel", ws, id).then().statusCode(403);
    }

    @Test
    void cancelledIsTheEndOfTheRoad() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        String id = create(redPacket(group, start, start.plus(1, ChronoUnit.DAYS)));
        Api.as(owner.token()).post(ACTIVITY + "/cancel", ws, id).then().statusCode(200).body("status", equalTo("cancelled"))
                .body("cancelledAt", notNullValue()).body("allowedTransitions", empty());
        Api.as(owner.token()).post(ACTIVITY + "/schedule", ws, id).then().statusCode(409)
                .body("allowedTransitions", empty()).body("currentStatus", equalTo("cancelled"));
        String etag = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("wentWell", "a", "wentWrong", "b", "toChange", "c"))
                .put(ACTIVITY + "/review", ws, id).then().statusCode(409).body("currentStatus", equalTo("cancelled"));
    }

    @Test
    void schedulingAnActivityWhoseStartHasPassedRunsItAtOnceFromItsPlannedStart() {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String id = create(redPacket(group, start, start.plus(1, ChronoUnit.DAYS)));
        Api.as(owner.token()).post(ACTIVITY + "/schedule", ws, id).then().statusCode(200).body("status", equalTo("running"))
                .body("startedAt", equalTo(start.truncatedTo(ChronoUnit.MICROS).toString()));
        // recorded afterwards: both its start and end have passed, it is ended at once, at its planned times
        Instant earlier = start.minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String past = create(redPacket(group, earlier, earlier.plus(1, ChronoUnit.DAYS)));
        Api.as(owner.token()).post(ACTIVITY + "/schedule", ws, past).then().statusCode(200).body("status", equalTo("ended"))
                .body("startedAt", equalTo(earlier.toString())).body("endedAt", equalTo(earlier.plus(1, ChronoUnit.DAYS).toString()));
    }

    @Test
    void badPlansAreAnsweredWithTheFieldAtFault() {
        Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
        // end before start
        Api.as(owner.token()).body(redPacket(group, start, start.minus(1, ChronoUnit.HOURS))).post(ACTIVITIES, ws)
                .then().statusCode(400).body("errors.pointer", hasItem("/endAt"));
        // a negative budget breaks the contract itself
        Map<String, Object> negative = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        negative.put("budgetMinor", -1);
        Api.malformed(owner.token()).contentType("application/json").body(negative).post(ACTIVITIES, ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/budgetMinor"));
        // settings of another type
        Map<String, Object> mixed = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        mixed.put("settings", Map.of("type", "check_in", "days", 7, "rewardLevels", List.of(Map.of("days", 7, "reward", "积分"))));
        Api.as(owner.token()).body(mixed).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/settings/type")).body("errors[0].detail", equalTo("must be the activity's type (red_packet)"));
        // a lottery's fields missing, and its draw outside the activity
        Map<String, Object> lottery = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        lottery.put("type", "lottery");
        lottery.put("settings", Map.of("type", "lottery", "drawAt", start.toString()));
        Api.malformed(owner.token()).contentType("application/json").body(lottery).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/settings/prizes"));
        lottery.put("settings", Map.of("type", "lottery", "prizes", List.of(Map.of("name", "耳机", "quantity", 1)),
                "drawAt", start.plus(2, ChronoUnit.DAYS).toString()));
        Api.as(owner.token()).body(lottery).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/settings/drawAt"));
        // check-in levels beyond the challenge
        Map<String, Object> checkIn = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        checkIn.put("type", "check_in");
        checkIn.put("settings", Map.of("type", "check_in", "days", 7, "rewardLevels",
                List.of(Map.of("days", 3, "reward", "积分"), Map.of("days", 10, "reward", "礼品"))));
        Api.as(owner.token()).body(checkIn).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/settings/rewardLevels/1/days"));
        // a group-buy needs a group of at least two
        Map<String, Object> groupBuy = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        groupBuy.put("type", "group_buy");
        groupBuy.put("settings", Map.of("type", "group_buy", "product", "坚果", "priceMinor", 100, "groupSize", 1));
        Api.malformed(owner.token()).contentType("application/json").body(groupBuy).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/settings/groupSize"));
        groupBuy.put("settings", Map.of("type", "group_buy", "product", "坚果", "priceMinor", 100, "groupSize", 3));
        Api.as(owner.token()).body(groupBuy).post(ACTIVITIES, ws).then().statusCode(201).body("commercial", equalTo(true));
        // a target group of another workspace: 404, as for any record of another workspace
        Tokens.User other = Tokens.newUser("Other");
        UUID otherWs = Fixtures.workspace(other, "Other shop");
        String foreign = Api.as(other.token()).body(Map.of("name", "别家群", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", otherWs).then().statusCode(201).extract().path("id");
        Api.as(owner.token()).body(redPacket(foreign, start, start.plus(1, ChronoUnit.DAYS))).post(ACTIVITIES, ws).then().statusCode(404);
        Map<String, Object> foreignSegment = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        foreignSegment.put("segmentId", UUID.randomUUID().toString());
        Api.as(owner.token()).body(foreignSegment).post(ACTIVITIES, ws).then().statusCode(404);
        // no target at all; another currency
        Map<String, Object> nobody = redPacket(group, start, start.plus(1, ChronoUnit.DAYS));
        nobody.put("targetGroupIds", List.of());
        nobody.put("currency", "USD");
        Api.as(owner.token()).body(nobody).post(ACTIVITIES, ws).then().statusCode(400)
                .body("errors.pointer", containsInAnyOrder("/targetGroupIds", "/currency"));
        Api.as(owner.token()).get(ACTIVITIES, ws).then().body("items", hasSize(1));
        Api.as(owner.token()).get(ACTIVITY, ws, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anEventNamingAnUnknownActivityIsRejectedAlone() {
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String id = create(redPacket(group, start, start.plus(1, ChronoUnit.DAYS)));
        Tokens.User other = Tokens.newUser("Other");
        UUID otherWs = Fixtures.workspace(other, "Other shop");
        String foreignGroup = Api.as(other.token()).body(Map.of("name", "别家群", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", otherWs).then().statusCode(201).extract().path("id");
        String foreign = Api.as(other.token()).body(redPacket(foreignGroup, start, start.plus(1, ChronoUnit.DAYS)))
                .post(ACTIVITIES, otherWs).then().statusCode(201).extract().path("id");
        String at = Instant.now().minus(1, ChronoUnit.MINUTES).toString();
        List<Map<String, Object>> items = List.of(
                event("e1", "message", id, at),
                event("e2", "message", UUID.randomUUID().toString(), at),
                event("e3", "message", foreign, at));
        Api.as(owner.token()).urlEncodingEnabled(false).body(Map.of("items", items))
                .post("/api/v1/workspaces/" + ws + "/events:batch").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("items[1].status", equalTo("rejected")).body("items[1].errors[0].pointer", equalTo("/items/1/activityId"))
                .body("items[1].errors[0].detail", equalTo("no such activity in this workspace"))
                .body("items[2].errors[0].pointer", equalTo("/items/2/activityId"));
        Api.as(owner.token()).body(event("e4", "message", UUID.randomUUID().toString(), at))
                .post("/api/v1/workspaces/{ws}/events", ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/activityId"));
    }

    private Map<String, Object> event(String platformEventId, String type, String activityId, String at) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("platformEventId", platformEventId);
        e.put("occurredAt", at);
        e.put("group", Map.of("id", group));
        e.put("member", Map.of("platform", "wechat", "platformUserId", "wx-" + platformEventId));
        e.put("activityId", activityId);
        return e;
    }
}
