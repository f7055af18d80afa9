package io.shequn.metric;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/metrics.md, built event by event through the API, must give the
 * doc's numbers: group 宝妈福利群 1, ISO week 2026-W47 in Asia/Shanghai.
 */
@QuarkusTest
class MetricsWorkedExampleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Numbers read as doubles (RestAssured reads JSON floats as Float by default). */
    private static io.restassured.specification.RequestSpecification read(String token) {
        return Api.as(token).config(RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    @Test
    void theWorkedExampleGivesTheDocsNumbers() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "宝妈福利");
        String g = Api.as(owner.token()).body(Map.of("name", "宝妈福利群 1", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        for (String staff : List.of("staff-1", "staff-2")) {
            Api.as(owner.token()).body(Map.of("displayName", staff, "staff", true,
                            "identities", List.of(Map.of("platform", "wechat", "platformUserId", staff))))
                    .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201);
        }
        EventsFeed feed = new EventsFeed(owner.token(), ws, "we");
        // before the week: 100 members and 2 staff; 3 others joined and left
        for (int i = 1; i <= 100; i++) feed.add("joined", g, "m" + i, at("2026-11-09T10:00:00").plusSeconds(i));
        feed.add("joined", g, "staff-1", at("2026-11-09T09:00:00"));
        feed.add("joined", g, "staff-2", at("2026-11-09T09:00:01"));
        for (int i = 1; i <= 3; i++) feed.add("joined", g, "r" + i, at("2026-11-01T10:00:00").plusSeconds(i));
        feed.flush();
        for (int i = 1; i <= 3; i++) feed.add("left", g, "r" + i, at("2026-11-05T10:00:00").plusSeconds(i));
        feed.flush();
        // the week: 27 new and 3 rejoining; 8 of the 100 and 2 of the new ones leave
        for (int i = 1; i <= 27; i++) feed.add("joined", g, "n" + i, at("2026-11-17T09:00:00").plusSeconds(i));
        for (int i = 1; i <= 3; i++) feed.add("joined", g, "r" + i, at("2026-11-17T11:00:00").plusSeconds(i));
        feed.flush();
        for (int i = 91; i <= 98; i++) feed.add("left", g, "m" + i, at("2026-11-18T20:00:00").plusSeconds(i));
        for (int i = 26; i <= 27; i++) feed.add("left", g, "n" + i, at("2026-11-19T20:00:00").plusSeconds(i));
        feed.flush();

        // 45 active members (m1..m45): 40 check in every day, 130 messages among the 45
        for (int day = 16; day <= 22; day++) {
            for (int i = 1; i <= 40; i++) feed.add("check_in", g, "m" + i, at("2026-11-" + day + "T08:00:00").plusSeconds(i));
        }
        for (int k = 0; k < 130; k++) feed.add("message", g, "m" + (k % 45 + 1), at("2026-11-20T12:00:00").plusSeconds(k));
        // 6 buyers, 8 orders: 7 in CNY (126000 fen), 1 in HKD
        for (int i = 1; i <= 6; i++) feed.add("order_placed", g, "m" + i, at("2026-11-21T15:00:00").plusSeconds(i), "amount", 18000, "currency", "CNY");
        feed.add("order_placed", g, "m1", at("2026-11-21T16:00:00"), "amount", 18000, "currency", "CNY");
        feed.add("order_placed", g, "m2", at("2026-11-21T16:00:01"), "amount", 9900, "currency", "HKD");
        // 50 coupons issued, 22 redeemed
        for (int k = 0; k < 50; k++) feed.add("coupon_issued", g, "m" + (k % 45 + 1), at("2026-11-16T10:00:00").plusSeconds(k));
        for (int k = 0; k < 22; k++) feed.add("coupon_redeemed", g, "m" + (k % 45 + 1), at("2026-11-19T10:00:00").plusSeconds(k));
        // red packets: 300.00 CNY
        for (int i = 1; i <= 30; i++) feed.add("red_packet_claimed", g, "m" + i, at("2026-11-16T20:00:00").plusSeconds(i), "amount", 1000, "currency", "CNY");
        // 4 inviters, 12 accepted invites
        for (int i = 1; i <= 4; i++) feed.add("invite_sent", g, "m" + i, at("2026-11-17T08:30:00").plusSeconds(i));
        for (int k = 0; k < 12; k++) feed.add("invite_accepted", g, "m" + (20 + k), at("2026-11-17T09:30:00").plusSeconds(k), "inviter", "m" + (k % 4 + 1));
        // 10 questions, 8 answered by staff after 12, 20, 25, 40, 50, 70, 200 and 400 s
        int[] delays = {12, 20, 25, 40, 50, 70, 200, 400};
        String[] questions = new String[10];
        for (int q = 0; q < 10; q++) {
            feed.add("question_asked", g, "m" + (q + 1), at("2026-11-18T10:00:00").plusSeconds(q * 1000));
            questions[q] = feed.lastId();
        }
        List<Map<String, Object>> sent = feed.flush();
        // the answers arrive in a later batch, the last one before its question is re-sent (a retry)
        for (int q = 0; q < 8; q++) {
            feed.add("question_answered", g, q % 2 == 0 ? "staff-1" : "staff-2", at("2026-11-18T10:00:00").plusSeconds(q * 1000L + delays[q]),
                    "questionEventId", questions[q]);
        }
        feed.flush();
        feed.resend(sent.subList(sent.size() - 10, sent.size()));

        var figures = read(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-22").queryParam("groupId", g)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200);
        figures.body("figures.membersAtStart", equalTo(100)).body("figures.membersAtEnd", equalTo(120))
                .body("figures.newMembers", equalTo(30)).body("figures.leftMembers", equalTo(10)).body("figures.netGrowth", equalTo(20))
                .body("figures.activeMembers", equalTo(45)).body("figures.activeShare", closeTo(0.375, 1e-9))
                .body("figures.messages", equalTo(130)).body("figures.messagesPerMemberPerWeek", closeTo(130 / 120.0, 1e-9))
                .body("figures.buyers", equalTo(6)).body("figures.conversionRate", closeTo(0.05, 1e-9))
                .body("figures.gmvMinor", equalTo(126000)).body("figures.orders", equalTo(7))
                .body("figures.averageOrderValueMinor", closeTo(18000.0, 1e-9)).body("figures.excludedOtherCurrency", equalTo(1))
                .body("figures.couponsIssued", equalTo(50)).body("figures.couponsRedeemed", equalTo(22))
                .body("figures.couponRedemptionRate", closeTo(0.44, 1e-9))
                .body("figures.redPacketSpendMinor", equalTo(30000)).body("figures.acquisitionCostMinor", closeTo(1000.0, 1e-9))
                .body("figures.questions", equalTo(10)).body("figures.answeredQuestions", equalTo(8))
                .body("figures.unansweredQuestions", equalTo(2))
                .body("figures.responseTimeMeanSeconds", closeTo(102.125, 1e-9)).body("figures.responseTimeMedianSeconds", closeTo(45.0, 1e-9))
                .body("figures.responseTimeP90Seconds", closeTo(400.0, 1e-9)).body("figures.answeredWithin5MinutesShare", closeTo(0.7, 1e-9))
                .body("figures.invitesAccepted", equalTo(12)).body("figures.inviters", equalTo(4)).body("figures.kFactor", closeTo(3.0, 1e-9));
        // Monday: 40 checked in, and the 45 coupon holders and 30 red packets are among m1..m45: 45 active of 100
        read(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-16").queryParam("groupId", g)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().body("figures.activeMembers", equalTo(45))
                .body("figures.membersAtEnd", equalTo(100)).body("figures.dailyActiveShare", closeTo(0.45, 1e-9));
        // the workspace has one group: the same figures from the rollups
        read(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-22")
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200)
                .body("figures.membersAtStart", equalTo(100)).body("figures.membersAtEnd", equalTo(120))
                .body("figures.newMembers", equalTo(30)).body("figures.leftMembers", equalTo(10))
                .body("figures.activeMembers", equalTo(45)).body("figures.buyers", equalTo(6)).body("figures.inviters", equalTo(4))
                .body("figures.responseTimeMeanSeconds", closeTo(102.125, 1e-9)).body("figures.gmvMinor", equalTo(126000));
        // health: daily active share passes, redemption passes, size 120 gives 0.5; the rest fail: 2.5 / 7 = 36
        read(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-22")
                .get("/api/v1/workspaces/{ws}/groups/{g}/health", ws, g).then().statusCode(200)
                .body("checks[0].passed", equalTo(true)).body("checks[1].passed", equalTo(false))
                .body("checks[2].passed", equalTo(false)).body("checks[3].passed", equalTo(true))
                .body("checks[4].passed", equalTo(false)).body("checks[5].passed", equalTo(false))
                .body("checks[6].points", equalTo(0.5)).body("points", equalTo(2.5)).body("score", equalTo(36));
    }
}
