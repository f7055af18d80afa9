package io.shequn.insight;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The alerts list: an over_capacity alert raised by the real ingestion path (a reported join
 * past the hard limit), and health-check alerts written straight into the shared `alert` table
 * as the metrics engine writes them.
 */
@QuarkusTest
class AlertApiTest {
    private static final String ALERTS = "/api/v1/workspaces/{ws}/alerts";

    @Inject
    AgroalDataSource ds;

    private UUID healthAlert(UUID ws, String group, String kind, Instant raisedAt, Instant resolvedAt) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into alert (workspace_id, alert_id, group_id, kind, raised_at, metric, value, threshold, detail, resolved_at)"
                        + " values (?, ?, ?, ?, ?, ?, 0.25, 0.3, null, ?)")) {
            s.setObject(1, ws);
            s.setObject(2, id);
            s.setObject(3, UUID.fromString(group));
            s.setString(4, kind);
            s.setTimestamp(5, Timestamp.from(raisedAt));
            s.setString(6, "dailyActiveShare");
            s.setTimestamp(7, resolvedAt == null ? null : Timestamp.from(resolvedAt));
            s.executeUpdate();
        }
        return id;
    }

    @Test
    void listFilterPageAndResolve() throws Exception {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Alert shop");
        String small = Api.as(owner.token()).body(Map.of("name", "小群", "platform", "wechat", "hardLimit", 2))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        String other = Api.as(owner.token()).body(Map.of("name", "大群", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        Instant now = Instant.now();
        UUID a1 = healthAlert(ws, small, "daily_active_share", now.minus(Duration.ofDays(3)), null);
        UUID a2 = healthAlert(ws, other, "daily_active_share", now.minus(Duration.ofDays(2)), null);
        UUID a3 = healthAlert(ws, small, "coupon_redemption_rate", now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(1)));

        // three joins reported into a group of hard limit 2: all stored, and an over_capacity alert
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("Asia/Shanghai"));
        LocalDate yesterday = feed.today().minusDays(1);
        feed.add("joined", small, "x1", yesterday, "10:00").add("joined", small, "x2", yesterday, "10:01")
                .add("joined", small, "x3", yesterday, "10:02");
        feed.push(3);

        String capacity = Api.as(owner.token()).get(ALERTS, ws).then().statusCode(200)
                .body("items", hasSize(4))
                .body("items[0].kind", equalTo("over_capacity")).body("items[0].groupId", equalTo(small))
                .body("items[0].state", equalTo("open")).body("items[0].value", equalTo(3)).body("items[0].threshold", equalTo(2))
                .body("items[0].detail.hardLimit", equalTo(2)).body("items[0].resolvedAt", nullValue())
                .body("items.id", contains(org.hamcrest.Matchers.any(String.class), equalTo(a3.toString()), equalTo(a2.toString()),
                        equalTo(a1.toString())))
                .body("nextCursor", nullValue())
                .extract().path("items[0].id");

        // newest first, in pages
        String cursor = Api.as(owner.token()).queryParam("limit", 3).get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(capacity, a3.toString(), a2.toString())).extract().path("nextCursor");
        Api.as(owner.token()).queryParam("limit", 3).queryParam("cursor", cursor).get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(a1.toString())).body("nextCursor", nullValue());

        // filters
        Api.as(owner.token()).queryParam("groupId", small).get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(capacity, a3.toString(), a1.toString()));
        Api.as(owner.token()).queryParam("kind", "daily_active_share").get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(a2.toString(), a1.toString())).body("items[0].value", equalTo(0.25f))
                .body("items[0].metric", equalTo("dailyActiveShare")).body("items[0].detail", nullValue());
        Api.as(owner.token()).queryParam("state", "resolved").get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(a3.toString())).body("items[0].resolvedAt", notNullValue());
        Api.as(owner.token()).queryParam("state", "open").queryParam("groupId", small).get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(capacity, a1.toString()));

        // resolving: operators and up; twice changes nothing; analysts read but do not resolve
        var operator = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, operator, "operator");
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).post(ALERTS + "/{id}/resolve", ws, a1).then().statusCode(403);
        Api.malformed(operator.token()).contentType(io.restassured.http.ContentType.JSON).body(Map.of("note", "x".repeat(501))).post(ALERTS + "/{id}/resolve", ws, a1)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/note"));
        Api.as(operator.token()).get(ALERTS + "/{id}", ws, a1).then().statusCode(200).body("state", equalTo("open"));
        String resolvedAt = Api.as(operator.token()).body(Map.of("note", "  私聊了 3 位沉默成员，发了新人券 "))
                .post(ALERTS + "/{id}/resolve", ws, a1).then().statusCode(200)
                .body("state", equalTo("resolved")).body("resolvedAt", notNullValue())
                .body("resolvedBy", equalTo("user:" + operator.subject())).body("resolutionNote", equalTo("私聊了 3 位沉默成员，发了新人券"))
                .extract().path("resolvedAt");
        Api.as(owner.token()).body(Map.of("note", "another")).post(ALERTS + "/{id}/resolve", ws, a1).then().statusCode(200)
                .body("resolvedAt", equalTo(resolvedAt)).body("resolutionNote", equalTo("私聊了 3 位沉默成员，发了新人券"))
                .body("resolvedBy", equalTo("user:" + operator.subject()));
        // without a body, and with a blank note: resolved, no note
        Api.as(owner.token()).post(ALERTS + "/{id}/resolve", ws, a2).then().statusCode(200)
                .body("resolvedBy", equalTo("user:" + owner.subject())).body("resolutionNote", nullValue());
        Api.as(owner.token()).body(Map.of("note", " ")).post(ALERTS + "/{id}/resolve", ws, a3).then().statusCode(200)
                .body("resolutionNote", nullValue());
        Api.as(analyst.token()).get(ALERTS + "/{id}", ws, a1).then().statusCode(200)
                .body("state", equalTo("resolved")).body("resolvedAt", equalTo(resolvedAt)).body("kind", equalTo("daily_active_share"));
        Api.as(analyst.token()).queryParam("state", "open").get(ALERTS, ws).then().statusCode(200)
                .body("items.id", contains(capacity));
        Api.as(owner.token()).queryParam("entityId", a1.toString()).get("/api/v1/workspaces/{ws}/audit-log", ws).then().statusCode(200)
                .body("items.action", contains("alert.resolved")).body("items[0].details.note", equalTo("私聊了 3 位沉默成员，发了新人券"));
        Api.as(owner.token()).post(ALERTS + "/{id}/resolve", ws, UUID.randomUUID()).then().statusCode(404);
        Api.as(owner.token()).get(ALERTS + "/{id}", ws, UUID.randomUUID()).then().statusCode(404);

        // an operator limited to assigned groups sees the alerts of those groups only
        String opAccess = Api.as(owner.token()).queryParam("role", "operator").get("/api/v1/workspaces/{ws}/access", ws)
                .then().extract().path("items[0].id");
        Api.as(owner.token()).header("If-Match", "*").body(Map.of("assignedOperatorIds", List.of(opAccess)))
                .patch("/api/v1/workspaces/{ws}/groups/{g}", ws, other).then().statusCode(200);
        Api.as(owner.token()).header("If-Match", "*").body(Map.of("operatorsSeeAssignedGroupsOnly", true))
                .patch("/api/v1/workspaces/{ws}", ws).then().statusCode(200);
        Api.as(operator.token()).get(ALERTS, ws).then().statusCode(200).body("items.id", contains(a2.toString()));
        Api.as(operator.token()).queryParam("groupId", small).get(ALERTS, ws).then().statusCode(404);
        Api.as(operator.token()).get(ALERTS + "/{id}", ws, capacity).then().statusCode(404);
        Api.as(operator.token()).post(ALERTS + "/{id}/resolve", ws, capacity).then().statusCode(404);
        Api.as(owner.token()).get(ALERTS + "/{id}", ws, capacity).then().statusCode(200).body("state", equalTo("open"));

        Api.malformed(owner.token()).queryParam("state", "closed").get(ALERTS, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("state"));
        Api.malformed(owner.token()).queryParam("groupId", "x").get(ALERTS, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("groupId"));
        assertEquals(4, Api.as(owner.token()).get(ALERTS, ws).then().extract().<List<?>>path("items").size());
    }
}
