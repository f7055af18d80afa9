package io.shequn.metric;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics API's rules: ranges, scopes, roles, thresholds; figures from memberships made through the API. */
@QuarkusTest
class MetricsApiTest {
    private Tokens.User owner;
    private UUID ws;
    private String today;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Metrics shop");
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private String group(String name) {
        return Api.as(owner.token()).body(Map.of("name", name, "platform", "wechat")).post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(201).extract().path("id");
    }

    private String member(String name) {
        return Api.as(owner.token()).body(Map.of("displayName", name)).post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201).extract().path("id");
    }

    private String join(String group, String member) {
        return Api.as(owner.token()).body(Map.of("memberId", member)).post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, group)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void rangesAreCheckedAndNamed() {
        Api.malformed(owner.token()).queryParam("to", "2026-11-22").get("/api/v1/workspaces/{ws}/metrics/summary", ws)
                .then().statusCode(400).body("errors[0].parameter", equalTo("from"));
        Api.malformed(owner.token()).queryParam("from", "2026-11-31").queryParam("to", "2026-12-01")
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(400).body("errors[0].parameter", equalTo("from"));
        Api.as(owner.token()).queryParam("from", "2026-11-22").queryParam("to", "2026-11-21")
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(400).body("errors[0].parameter", equalTo("to"));
        // 400 days (both included) is the longest range
        Api.as(owner.token()).queryParam("from", "2025-01-01").queryParam("to", "2026-02-04")
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200);
        Api.as(owner.token()).queryParam("from", "2025-01-01").queryParam("to", "2026-02-05")
                .get("/api/v1/workspaces/{ws}/metrics/series", ws).then().statusCode(422)
                .body("type", equalTo("https://shequn.io/problems/range-too-long")).body("errors[0].parameter", equalTo("to"));
        Api.malformed(owner.token()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-02").queryParam("interval", "hour")
                .get("/api/v1/workspaces/{ws}/metrics/series", ws).then().statusCode(400).body("errors[0].parameter", equalTo("interval"));
        Api.as(owner.token()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-02").queryParam("groupId", UUID.randomUUID().toString())
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(404);
        Api.malformed(owner.token()).queryParam("from", "2026-11-01").queryParam("to", "2026-11-02").queryParam("metric", "popularity")
                .get("/api/v1/workspaces/{ws}/metrics/group-ranking", ws).then().statusCode(400).body("errors[0].parameter", equalTo("metric"));
    }

    @Test
    void emptyWorkspaceHasZerosAndNotApplicableRatios() {
        Api.as(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-22")
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200)
                .body("scope.type", equalTo("workspace")).body("timeZone", equalTo("Asia/Shanghai")).body("currency", equalTo("CNY"))
                .body("figures.membersAtEnd", equalTo(0)).body("figures.activeShare", nullValue())
                .body("figures.conversionRate", nullValue()).body("figures.couponRedemptionRate", nullValue())
                .body("figures.responseTimeMeanSeconds", nullValue()).body("figures.kFactor", nullValue())
                .body("figures.dailyActiveShare", nullValue()).body("figures.messagesPerMemberPerWeek", nullValue());
        // ISO weeks cut to the range: Wed 11-18 .. Tue 11-24 is two pieces
        Api.as(owner.token()).queryParam("from", "2026-11-18").queryParam("to", "2026-11-24").queryParam("interval", "week")
                .get("/api/v1/workspaces/{ws}/metrics/series", ws).then().statusCode(200)
                .body("periods", hasSize(2)).body("periods[0].from", equalTo("2026-11-18")).body("periods[0].to", equalTo("2026-11-22"))
                .body("periods[1].from", equalTo("2026-11-23")).body("periods[1].to", equalTo("2026-11-24"));
        Api.as(owner.token()).queryParam("from", "2026-01-30").queryParam("to", "2026-03-02").queryParam("interval", "month")
                .get("/api/v1/workspaces/{ws}/metrics/series", ws).then().statusCode(200).body("periods", hasSize(3))
                .body("periods[1].from", equalTo("2026-02-01")).body("periods[1].to", equalTo("2026-02-28"));
    }

    @Test
    void membershipsMadeThroughTheApiCountAtOnceForGroupsAndTheWorkspace() {
        String g1 = group("福利群 1");
        String g2 = group("福利群 2");
        String a = member("A");
        String b = member("B");
        String c = member("C");
        join(g1, a);
        join(g2, a); // the same person in two groups counts once for the workspace
        join(g1, b);
        String cInG2 = join(g2, c);
        Api.as(owner.token()).body(Map.of("reason", "left"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}/leave", ws, g2, cInG2).then().statusCode(200);
        Api.as(owner.token()).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200)
                .body("figures.membersAtStart", equalTo(0)).body("figures.membersAtEnd", equalTo(2))
                .body("figures.newMembers", equalTo(3)).body("figures.leftMembers", equalTo(1)).body("figures.netGrowth", equalTo(2));
        Api.as(owner.token()).queryParam("from", today).queryParam("to", today).queryParam("groupId", g2)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200)
                .body("scope.type", equalTo("group")).body("figures.membersAtEnd", equalTo(1))
                .body("figures.newMembers", equalTo(2)).body("figures.leftMembers", equalTo(1));
        // ranking by members at the end: g1 (2) before g2 (1); one per page
        String next = Api.as(owner.token()).queryParam("metric", "membersAtEnd").queryParam("from", today).queryParam("to", today)
                .queryParam("limit", 1).get("/api/v1/workspaces/{ws}/metrics/group-ranking", ws).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].groupId", equalTo(g1)).body("items[0].value", equalTo(2.0f))
                .body("items[0].rank", equalTo(1)).extract().path("nextCursor");
        Api.as(owner.token()).queryParam("metric", "membersAtEnd").queryParam("from", today).queryParam("to", today)
                .queryParam("limit", 1).queryParam("cursor", next).get("/api/v1/workspaces/{ws}/metrics/group-ranking", ws).then()
                .statusCode(200).body("items[0].groupId", equalTo(g2)).body("items[0].rank", equalTo(2)).body("nextCursor", nullValue());
        // a member flagged staff leaves the member counts, past included
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{m}", ws, b);
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("staff", true))
                .patch("/api/v1/workspaces/{ws}/members/{m}", ws, b).then().statusCode(200);
        Api.as(owner.token()).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().body("figures.membersAtEnd", equalTo(1))
                .body("figures.newMembers", equalTo(2));
        Api.as(owner.token()).queryParam("from", today).queryParam("to", today).queryParam("groupId", g1)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().body("figures.membersAtEnd", equalTo(1));
    }

    @Test
    void healthOfAnEmptyGroupCountsOnlyItsSize() {
        String g = group("空群");
        Api.as(owner.token()).queryParam("from", "2026-11-16").queryParam("to", "2026-11-22")
                .get("/api/v1/workspaces/{ws}/groups/{g}/health", ws, g).then().statusCode(200)
                .body("checksCounted", equalTo(1)).body("points", equalTo(0.5f)).body("score", equalTo(50))
                .body("checks", hasSize(7)).body("checks[0].check", equalTo("daily_active_share"))
                .body("checks[0].counted", equalTo(false)).body("checks[6].check", equalTo("size"))
                .body("checks[6].value", equalTo(0.0f));
    }

    @Test
    void thresholdsAreConfigurableByManagersWithIfMatch() {
        String path = "/api/v1/workspaces/{ws}/metrics/thresholds";
        String etag = Api.as(owner.token()).get(path, ws).then().statusCode(200)
                .body("defaults", equalTo(true)).body("dailyActiveShare", equalTo(0.3f)).body("messagesPerMemberPerWeek", equalTo(2))
                .body("conversionRate", equalTo(0.05f)).body("couponRedemptionRate", equalTo(0.4f))
                .body("acquisitionCostMinor", equalTo(1000)).body("responseTimeSeconds", equalTo(30))
                .body("sizeBestMin", equalTo(150)).body("sizeBestMax", equalTo(200)).body("sizeMax", equalTo(350))
                .extract().header("ETag");
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("dailyActiveShare", 0.25)).put(path, ws)
                .then().statusCode(428);
        Tokens.User analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).get(path, ws).then().statusCode(200);
        Api.as(analyst.token()).header("If-Match", etag).body(Map.of("dailyActiveShare", 0.25)).put(path, ws).then().statusCode(403);
        Api.malformed(owner.token()).contentType("application/json").header("If-Match", etag).body(Map.of("dailyActiveShare", 1.5))
                .put(path, ws).then().statusCode(400).body("errors[0].pointer", equalTo("/dailyActiveShare"));
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("sizeBestMin", 250))
                .put(path, ws).then().statusCode(400).body("errors[0].pointer", equalTo("/sizeBestMin"));
        String next = Api.as(owner.token()).header("If-Match", etag).body(Map.of("dailyActiveShare", 0.25, "responseTimeSeconds", 60))
                .put(path, ws).then().statusCode(200).body("defaults", equalTo(false)).body("dailyActiveShare", equalTo(0.25f))
                .body("responseTimeSeconds", equalTo(60)).body("conversionRate", equalTo(0.05f)).extract().header("ETag");
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("sizeMax", 300)).put(path, ws).then().statusCode(412);
        Api.as(owner.token()).get(path, ws).then().header("ETag", equalTo(next)).body("dailyActiveShare", equalTo(0.25f));
        // the health checks use them
        String g = group("群");
        Api.as(owner.token()).queryParam("from", today).queryParam("to", today).get("/api/v1/workspaces/{ws}/groups/{g}/health", ws, g)
                .then().body("checks[0].threshold", equalTo(0.25f)).body("checks[5].threshold", equalTo(60));
    }

    @Test
    void operatorsLimitedToTheirGroupsSeeOnlyThose() {
        String mine = group("我的群");
        String other = group("别人的群");
        Tokens.User operator = Tokens.newUser("Operator");
        Fixtures.grant(owner, ws, operator, "operator");
        String accessId = Api.as(owner.token()).get("/api/v1/workspaces/{ws}/access", ws).then().extract()
                .path("items.find { it.email == '" + operator.email() + "' }.id");
        String gEtag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/groups/{g}", ws, mine);
        Api.as(owner.token()).header("If-Match", gEtag).body(Map.of("assignedOperatorIds", java.util.List.of(accessId)))
                .patch("/api/v1/workspaces/{ws}/groups/{g}", ws, mine).then().statusCode(200);
        String wEtag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}", ws);
        Api.as(owner.token()).header("If-Match", wEtag).body(Map.of("operatorsSeeAssignedGroupsOnly", true))
                .patch("/api/v1/workspaces/{ws}", ws).then().statusCode(200);

        Api.as(operator.token()).queryParam("from", today).queryParam("to", today).queryParam("groupId", mine)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(200);
        Api.as(operator.token()).queryParam("from", today).queryParam("to", today).queryParam("groupId", other)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(404);
        Api.as(operator.token()).queryParam("from", today).queryParam("to", today)
                .get("/api/v1/workspaces/{ws}/metrics/summary", ws).then().statusCode(403);
        Api.as(operator.token()).queryParam("from", today).queryParam("to", today).get("/api/v1/workspaces/{ws}/groups/{g}/health", ws, other)
                .then().statusCode(404);
        Api.as(operator.token()).queryParam("metric", "messages").queryParam("from", today).queryParam("to", today)
                .get("/api/v1/workspaces/{ws}/metrics/group-ranking", ws).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].groupId", equalTo(mine));
    }
}
