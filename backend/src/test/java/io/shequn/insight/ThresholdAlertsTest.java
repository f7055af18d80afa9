package io.shequn.insight;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.metric.ThresholdAlerts;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Threshold alerts at the close of a day (docs/metrics.md, Threshold alerts): a check that passed
 * over the 7 days before and fails over the 7 days ending the closed day raises an alert of its
 * kind; a day is closed once; a check that passes again resolves it. The days are well in the
 * past, so the scheduled close of yesterday never meets them.
 */
@QuarkusTest
class ThresholdAlertsTest {
    private static final String ALERTS = "/api/v1/workspaces/{ws}/alerts";

    @Inject
    ThresholdAlerts alerts;

    @Test
    void aCheckThatStopsPassingRaisesAnAlertAndPassingAgainResolvesIt() {
        Tokens.User owner = Tokens.newUser("Owner of a quiet group");
        UUID ws = Fixtures.workspace(owner, "Quiet shop");
        String g = Api.as(owner.token()).body(Map.of("name", "安静群", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("Asia/Shanghai"));
        LocalDate d = feed.today().minusDays(10);
        feed.add("joined", g, "ann", d.minusDays(20), "09:00").add("joined", g, "bo", d.minusDays(20), "09:05");
        for (int i = 0; i < 10; i++) {
            feed.add("message", g, "ann", d.minusDays(7), "10:0" + i).add("message", g, "bo", d.minusDays(7), "11:0" + i);
        }
        feed.push(22);

        // 7 days ending d - 1: 20 messages by 2 members, 10 per member per week (> 2): passes;
        // 7 days ending d: none: fails. The other checks fail on both sides, or pass on both, or have no figure.
        assertEquals(1, alerts.closeDay(ws, d));
        assertEquals(0, alerts.closeDay(ws, d), "a day is closed once");
        Api.as(owner.token()).queryParam("groupId", g).get(ALERTS, ws).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("messages_per_member_per_week"))
                .body("items[0].state", equalTo("open"))
                .body("items[0].value", equalTo(0))
                .body("items[0].threshold", equalTo(2))
                .body("items[0].detail.day", equalTo(d.toString()))
                .body("items[0].resolvedAt", nullValue());

        // ann talks again the next day: 10 messages for 2 members over the 7 days ending d + 1 (5 per member per week)
        Feed again = new Feed(owner.token(), ws, ZoneId.of("Asia/Shanghai"));
        for (int i = 0; i < 10; i++) {
            again.add("message", g, "ann", d.plusDays(1), "15:0" + i);
        }
        again.push(10);
        assertEquals(0, alerts.closeDay(ws, d.plusDays(1)));
        Api.as(owner.token()).queryParam("groupId", g).get(ALERTS, ws).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].state", equalTo("resolved"))
                .body("items[0].resolvedAt", notNullValue());
    }
}
