package io.shequn.activity;

import static io.shequn.activity.ActivityApiTest.ACTIVITIES;
import static io.shequn.activity.ActivityApiTest.ACTIVITY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Results against goal and budget, frozen at the review; reviews, comparison and the calendar. */
@QuarkusTest
class ActivityResultsTest {
    private Tokens.User owner;
    private UUID ws;
    private String group;
    private int next;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Results shop");
        group = ActivityApiTest.group(owner, ws, "福利群 1");
    }

    private Map<String, Object> event(String type, String user, String activityId, Object... extra) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("platformEventId", "r-" + next++);
        e.put("occurredAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString());
        e.put("group", Map.of("id", group));
        e.put("member", Map.of("platform", "wechat", "platformUserId", user));
        if (activityId != null) {
            e.put("activityId", activityId);
        }
        for (int i = 0; i < extra.length; i += 2) {
            e.put((String) extra[i], extra[i + 1]);
        }
        return e;
    }

    private void push(List<Map<String, Object>> items) {
        Api.as(owner.token()).urlEncodingEnabled(false).body(Map.of("items", items))
                .post("/api/v1/workspaces/" + ws + "/events:batch").then().statusCode(200).body("rejected", equalTo(0));
    }

    @Test
    void resultsMoveWithTheEventsAndFreezeAtTheReview() {
        push(List.of(event("joined", "wx-a", null), event("joined", "wx-b", null)));
        Map<String, Object> plan = ActivityApiTest.redPacket(group, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(1, ChronoUnit.DAYS));
        String id = Api.as(owner.token()).body(plan).post(ACTIVITIES, ws).then().statusCode(201).extract().path("id");
        // before the start nothing counts, and nothing is due
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().statusCode(200)
                .body("frozen", equalTo(false)).body("figures.participants", equalTo(0)).body("daily", empty())
                .body("figures.participationRate", equalTo(0.0f)).body("figures.roi", nullValue());
        Api.as(owner.token()).post(ACTIVITY + "/schedule", ws, id).then().statusCode(200).body("status", equalTo("running"));

        push(List.of(
                event("message", "wx-a", id), event("red_packet_claimed", "wx-a", id, "amount", 600),
                event("order_placed", "wx-a", id, "amount", 5000), event("coupon_issued", "wx-a", id),
                event("coupon_redeemed", "wx-a", id),
                event("check_in", "wx-b", id), event("order_placed", "wx-b", id, "amount", 7000),
                event("red_packet_claimed", "wx-b", id, "amount", 600),
                event("joined", "wx-c", id),
                event("order_placed", "wx-d", null, "amount", 99900)));
        // a member who joined through the activity's promotion channel (content), through the API
        String e = Api.as(owner.token()).body(Map.of("displayName", "小E")).post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201).extract().path("id");
        Api.as(owner.token()).body(Map.of("memberId", e, "joinChannel", "content"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, group).then().statusCode(201);

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().statusCode(200)
                .body("status", equalTo("running")).body("frozen", equalTo(false)).body("currency", equalTo("CNY"))
                .body("figures.audience", equalTo(4)).body("figures.participants", equalTo(2))
                .body("figures.participationRate", equalTo(0.5f)).body("figures.newMembers", equalTo(2))
                .body("figures.orders", equalTo(2)).body("figures.buyers", equalTo(2)).body("figures.gmvMinor", equalTo(12000))
                .body("figures.couponsIssued", equalTo(1)).body("figures.couponsRedeemed", equalTo(1))
                .body("figures.couponRedemptionRate", equalTo(1.0f))
                .body("figures.redPacketSpendMinor", equalTo(1200)).body("figures.spendMinor", equalTo(1200))
                .body("figures.costPerParticipantMinor", equalTo(600.0f)).body("figures.acquisitionCostMinor", equalTo(600.0f))
                .body("figures.roi", equalTo(9.0f))
                .body("budgetMinor", equalTo(1000)).body("budgetUsedShare", equalTo(1.2f)).body("overBudget", equalTo(true))
                .body("goals.metric", contains("participants", "orders", "gmvMinor", "newMembers"))
                .body("goals.achievedShare", contains(1.0f, 1.0f, 1.2f, 2.0f))
                .body("daily.date", hasItem(today))
                .body("daily.find { it.date == '" + today + "' }.participants", equalTo(2))
                .body("daily.find { it.date == '" + today + "' }.newMembers", equalTo(2));

        Api.as(owner.token()).queryParam("limit", 1).get(ACTIVITY + "/participants", ws, id).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].events", equalTo(5)).body("items[0].orders", equalTo(1))
                .body("items[0].gmvMinor", equalTo(5000)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        String cursor = Api.as(owner.token()).queryParam("limit", 1).get(ACTIVITY + "/participants", ws, id).then()
                .extract().path("nextCursor");
        Api.as(owner.token()).queryParam("limit", 1).queryParam("cursor", cursor).get(ACTIVITY + "/participants", ws, id).then()
                .body("items[0].events", equalTo(3)).body("items[0].gmvMinor", equalTo(7000)).body("nextCursor", nullValue());

        // the review is only for ended activities
        String etag = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        Map<String, Object> review = Map.of("wentWell", "晚8点参与最高", "wentWrong", "红包第二天被抢光", "toChange", "分两场，每场限额",
                "productsSold", List.of(Map.of("name", "坚果礼盒", "quantity", 2, "gmvMinor", 12000)),
                "topicsThatWorked", List.of("年货清单"));
        Api.as(owner.token()).header("If-Match", etag).body(review).put(ACTIVITY + "/review", ws, id).then().statusCode(409)
                .body("currentStatus", equalTo("running")).body("allowedTransitions", contains("ended", "cancelled"));
        Api.as(owner.token()).post(ACTIVITY + "/end", ws, id).then().statusCode(200);
        etag = Fixtures.etag(owner.token(), ACTIVITY, ws, id);
        String reviewed = Api.as(owner.token()).header("If-Match", etag).body(review).put(ACTIVITY + "/review", ws, id).then()
                .statusCode(200).body("status", equalTo("reviewed")).body("review.toChange", equalTo("分两场，每场限额"))
                .body("review.productsSold[0].name", equalTo("坚果礼盒")).body("reviewedAt", org.hamcrest.Matchers.notNullValue())
                .body("allowedTransitions", empty()).extract().header("ETag");
        // events arriving after the review do not change the frozen figures
        push(List.of(event("order_placed", "wx-a", id, "amount", 100000)));
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().statusCode(200)
                .body("frozen", equalTo(true)).body("status", equalTo("reviewed")).body("figures.gmvMinor", equalTo(12000))
                .body("figures.orders", equalTo(2));
        // the text may still be edited; the figures stay
        Api.as(owner.token()).header("If-Match", reviewed).body(Map.of("wentWell", "a", "wentWrong", "b", "toChange", "c"))
                .put(ACTIVITY + "/review", ws, id).then().statusCode(200).body("review.wentWell", equalTo("a"))
                .body("review.topicsThatWorked", empty());
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().body("figures.gmvMinor", equalTo(12000));

        // reviews by type, and text; the next plan compares with the last one
        Api.as(owner.token()).queryParam("type", "red_packet").get("/api/v1/workspaces/{ws}/activity-reviews", ws).then()
                .statusCode(200).body("items.activityId", contains(id)).body("items[0].figures.gmvMinor", equalTo(12000))
                .body("items[0].review.wentWell", equalTo("a"));
        Api.as(owner.token()).queryParam("type", "lottery").get("/api/v1/workspaces/{ws}/activity-reviews", ws).then()
                .body("items", empty());
        Api.as(owner.token()).queryParam("q", "B").get("/api/v1/workspaces/{ws}/activity-reviews", ws).then()
                .body("items", hasSize(1));
        Api.as(owner.token()).queryParam("q", "没有这个").get("/api/v1/workspaces/{ws}/activity-reviews", ws).then()
                .body("items", empty());
        Map<String, Object> nextPlan = ActivityApiTest.redPacket(group, Instant.now().plus(3, ChronoUnit.DAYS),
                Instant.now().plus(4, ChronoUnit.DAYS));
        String second = Api.as(owner.token()).body(nextPlan).post(ACTIVITIES, ws).then().statusCode(201).extract().path("id");
        Api.as(owner.token()).get(ACTIVITY + "/comparison", ws, second).then().statusCode(200)
                .body("type", equalTo("red_packet")).body("past.activityId", contains(id)).body("past[0].frozen", equalTo(true))
                .body("average.gmvMinor", equalTo(12000.0f)).body("average.roi", equalTo(9.0f))
                .body("figures.participants", equalTo(0));
        Api.as(owner.token()).get(ACTIVITY + "/comparison", ws, id).then().body("past", empty())
                .body("average.participants", nullValue());
        Api.malformed(owner.token()).queryParam("limit", 21).get(ACTIVITY + "/comparison", ws, id).then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
    }

    @Test
    void aMergeOfTwoParticipantsCountsThePersonOnceAtTheNextRead() {
        Map<String, Object> plan = ActivityApiTest.redPacket(group, Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(1, ChronoUnit.DAYS));
        String id = Api.as(owner.token()).body(plan).post(ACTIVITIES, ws).then().statusCode(201).extract().path("id");
        push(List.of(event("message", "wx-p", id), event("message", "wx-q", id)));
        List<String> people = Api.as(owner.token()).get(ACTIVITY + "/participants", ws, id).then().statusCode(200)
                .body("items", hasSize(2)).extract().path("items.memberId");
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().body("figures.participants", equalTo(2));
        // same events, same count: only the merge's identity version tells the cached figures are stale
        Api.as(owner.token()).body(Map.of("memberId", people.get(1)))
                .post("/api/v1/workspaces/{ws}/members/{id}/merge", ws, people.get(0)).then().statusCode(200);
        Api.as(owner.token()).get(ACTIVITY + "/results", ws, id).then().body("figures.participants", equalTo(1));
    }

    private String plan(String type, Map<String, Object> settings, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", type);
        body.put("type", type);
        body.put("targetGroupIds", List.of(group));
        body.put("startAt", start);
        body.put("endAt", end);
        body.put("settings", settings);
        return Api.as(owner.token()).body(body).post(ACTIVITIES, ws).then().statusCode(201).extract().path("id");
    }

    @Test
    void theCalendarFlagsTwoCommercialPushesToOneGroupOnOneDay() {
        // Asia/Shanghai: 2027-03-01 10:00 to 03-02 10:00, and 03-02 09:00 to 11:00
        String sale = plan("flash_sale", Map.of("type", "flash_sale", "products", List.of(Map.of("name", "坚果", "priceMinor", 3990))),
                "2027-03-01T02:00:00Z", "2027-03-02T02:00:00Z");
        String groupBuy = plan("group_buy", Map.of("type", "group_buy", "product", "一元拼团", "priceMinor", 100, "groupSize", 3),
                "2027-03-02T01:00:00Z", "2027-03-02T03:00:00Z");
        String lecture = plan("lecture", Map.of("type", "lecture", "topic", "辅食添加", "speaker", "王老师"),
                "2027-03-02T12:00:00Z", "2027-03-02T13:00:00Z");
        String cancelled = plan("coupon_drop", Map.of("type", "coupon_drop", "coupons",
                List.of(Map.of("name", "满100减10", "discountMinor", 1000, "quantity", 100))), "2027-03-02T04:00:00Z", "2027-03-02T05:00:00Z");
        Api.as(owner.token()).post(ACTIVITY + "/cancel", ws, cancelled).then().statusCode(200);

        Api.as(owner.token()).queryParam("from", "2027-03-01").queryParam("to", "2027-03-03")
                .get("/api/v1/workspaces/{ws}/activity-calendar", ws).then().statusCode(200)
                .body("granularity", equalTo("day")).body("timeZone", equalTo("Asia/Shanghai"))
                .body("activities.id", contains(sale, groupBuy, lecture))
                .body("periods", hasSize(3))
                .body("periods[0].activityIds", contains(sale))
                .body("periods[1].activityIds", contains(sale, groupBuy, lecture))
                .body("periods[2].activityIds", empty())
                .body("clashes", hasSize(1)).body("clashes[0].date", equalTo("2027-03-02"))
                .body("clashes[0].groupId", equalTo(group)).body("clashes[0].activityIds", contains(sale, groupBuy));
        Api.as(owner.token()).queryParam("from", "2027-03-01").queryParam("to", "2027-03-14").queryParam("granularity", "week")
                .queryParam("groupId", group).get("/api/v1/workspaces/{ws}/activity-calendar", ws).then().statusCode(200)
                .body("periods.from", contains("2027-03-01", "2027-03-08")).body("periods.to", contains("2027-03-07", "2027-03-14"))
                .body("periods[0].activityIds", hasSize(3)).body("clashes", hasSize(1));
        Api.as(owner.token()).queryParam("from", "2027-02-15").queryParam("to", "2027-03-31").queryParam("granularity", "month")
                .get("/api/v1/workspaces/{ws}/activity-calendar", ws).then()
                .body("periods.from", contains("2027-02-15", "2027-03-01")).body("periods[1].activityIds", hasSize(3));
        Api.as(owner.token()).queryParam("from", "2027-03-01").queryParam("to", "2027-03-03").queryParam("groupId", UUID.randomUUID())
                .get("/api/v1/workspaces/{ws}/activity-calendar", ws).then().body("activities", empty()).body("clashes", empty());
        Api.as(owner.token()).queryParam("from", "2026-01-01").queryParam("to", "2027-03-03")
                .get("/api/v1/workspaces/{ws}/activity-calendar", ws).then().statusCode(400).body("errors[0].parameter", equalTo("to"));
        Api.malformed(owner.token()).queryParam("from", "2027-03-01").get("/api/v1/workspaces/{ws}/activity-calendar", ws)
                .then().statusCode(400);
        List<String> all = new ArrayList<>(List.of(sale, groupBuy, lecture, cancelled));
        Api.as(owner.token()).queryParam("from", "2027-03-02").queryParam("to", "2027-03-02").get(ACTIVITIES, ws).then()
                .body("items", hasSize(all.size()));
    }
}
