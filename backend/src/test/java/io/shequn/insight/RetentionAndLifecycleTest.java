package io.shequn.insight;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention cohorts and the lifecycle curve over events pushed through the real ingestion API,
 * with the expected figures worked out by hand in the comments. Days are relative to today in
 * the workspace's zone, so that "day d + N is over" holds whenever the test runs; times near
 * midnight check that days are local days, not UTC days.
 */
@QuarkusTest
class RetentionAndLifecycleTest {

    static UUID workspace(Tokens.User owner, String name, String zone) {
        String id = Api.as(owner.token()).body(Map.of("name", name, "timeZone", zone))
                .post("/api/v1/workspaces").then().statusCode(201).extract().path("workspace.id");
        return UUID.fromString(id);
    }

    static String group(Tokens.User owner, UUID ws, String name, List<String> tags) {
        return Api.as(owner.token()).body(Map.of("name", name, "platform", "wechat", "tags", tags))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> cohort(JsonPath report, LocalDate day) {
        List<Map<String, Object>> cohorts = report.getList("cohorts");
        return cohorts.stream().filter(c -> c.get("day").equals(day.toString())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void assertPoint(Map<String, Object> cohort, String n, Integer retained, Double share) {
        Map<String, Object> p = (Map<String, Object>) cohort.get(n);
        org.junit.jupiter.api.Assertions.assertEquals(retained, p.get("retained"), n + " retained of " + cohort.get("day"));
        if (share == null) {
            org.junit.jupiter.api.Assertions.assertNull(p.get("share"), n + " share of " + cohort.get("day"));
        } else {
            org.junit.jupiter.api.Assertions.assertEquals(share, ((Number) p.get("share")).doubleValue(), 1e-6, n + " share of " + cohort.get("day"));
        }
    }

    /** Fractions read as doubles (RestAssured reads them as floats by default). */
    static io.restassured.config.RestAssuredConfig doubles() {
        return io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    @Test
    void retentionByJoinCohortInLosAngeles() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = workspace(owner, "LA shop", "America/Los_Angeles");
        String g = group(owner, ws, "LA group", List.of());
        String h = group(owner, ws, "LA group 2", List.of());
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("America/Los_Angeles"));
        LocalDate today = feed.today();
        LocalDate d = today.minusDays(40);
        feed.staff("staff");

        // cohort d of group g: a, b, c (not the staff member, not e whose first join was d - 5)
        feed.add("joined", g, "a", d, "09:00").add("message", g, "a", d.plusDays(1), "10:00")
                // 23:30 in Los Angeles is the next day in UTC: still local day d + 7
                .add("message", g, "a", d.plusDays(7), "23:30");
        // joins at 23:30 local (the next day in UTC): cohort d; active at 00:30 of d + 1
        feed.add("joined", g, "b", d, "23:30").add("message", g, "b", d.plusDays(1), "00:30");
        // leaves and rejoins: stays in cohort d (first join), active on d + 30
        feed.add("joined", g, "c", d, "12:00").add("left", g, "c", d.plusDays(2), "12:00")
                .add("joined", g, "c", d.plusDays(10), "12:00").add("check_in", g, "c", d.plusDays(30), "08:00");
        feed.add("joined", g, "staff", d, "08:00").add("message", g, "staff", d.plusDays(1), "08:00");
        feed.add("joined", g, "e", d.minusDays(5), "08:00").add("left", g, "e", d.minusDays(3), "08:00")
                .add("joined", g, "e", d, "15:00").add("message", g, "e", d.plusDays(1), "15:00");
        // cohort d + 1: one member, active the next day only
        feed.add("joined", g, "f", d.plusDays(1), "10:00").add("ugc_post", g, "f", d.plusDays(2), "10:00");
        // a cohort three days ago: day 1 is over (not active), day 7 and 30 are not
        feed.add("joined", g, "late", today.minusDays(3), "10:00");
        // group h: j joins on d (first join to the workspace too) and is active there on d + 1;
        // a joins h on d + 3 (not a first join to the workspace)
        feed.add("joined", h, "j", d, "10:00").add("share", h, "j", d.plusDays(1), "11:00")
                .add("joined", h, "a", d.plusDays(3), "10:00");
        feed.push(21);

        JsonPath report = Api.as(owner.token()).queryParam("groupId", g).queryParam("from", d.toString())
                .queryParam("to", today.toString())
                .get("/api/v1/workspaces/{ws}/metrics/retention", ws).then().statusCode(200)
                .body("groupId", equalTo(g)).body("timeZone", equalTo("America/Los_Angeles"))
                .body("cohorts", hasSize(41)).extract().jsonPath();
        Map<String, Object> c0 = cohort(report, d);
        org.junit.jupiter.api.Assertions.assertEquals(3, c0.get("size"));
        assertPoint(c0, "day1", 2, 2 / 3.0);  // a (d+1 10:00), b (d+1 00:30)
        assertPoint(c0, "day7", 1, 1 / 3.0);  // a (d+7 23:30 local)
        assertPoint(c0, "day30", 1, 1 / 3.0); // c, after leaving and rejoining
        Map<String, Object> c1 = cohort(report, d.plusDays(1));
        org.junit.jupiter.api.Assertions.assertEquals(1, c1.get("size"));
        assertPoint(c1, "day1", 1, 1.0);
        assertPoint(c1, "day7", 0, 0.0);
        assertPoint(c1, "day30", 0, 0.0);
        Map<String, Object> empty = cohort(report, d.plusDays(2));
        org.junit.jupiter.api.Assertions.assertEquals(0, empty.get("size"));
        assertPoint(empty, "day1", 0, null); // over, but nobody to retain
        Map<String, Object> recent = cohort(report, today.minusDays(3));
        org.junit.jupiter.api.Assertions.assertEquals(1, recent.get("size"));
        assertPoint(recent, "day1", 0, 0.0);
        assertPoint(recent, "day7", null, null);
        assertPoint(recent, "day30", null, null);
        Map<String, Object> now = cohort(report, today);
        assertPoint(now, "day1", null, null);
        // the rejoin of c on d + 10 does not make a new cohort
        org.junit.jupiter.api.Assertions.assertEquals(0, cohort(report, d.plusDays(10)).get("size"));

        // the workspace: first join to any group; people once
        JsonPath all = Api.as(owner.token()).queryParam("from", d.minusDays(5).toString()).queryParam("to", d.plusDays(3).toString())
                .get("/api/v1/workspaces/{ws}/metrics/retention", ws).then().statusCode(200)
                .body("groupId", nullValue()).body("cohorts", hasSize(9)).extract().jsonPath();
        Map<String, Object> w0 = cohort(all, d);
        org.junit.jupiter.api.Assertions.assertEquals(4, w0.get("size")); // a, b, c, j
        assertPoint(w0, "day1", 3, 0.75);   // a, b, j
        assertPoint(w0, "day7", 1, 0.25);   // a
        assertPoint(w0, "day30", 1, 0.25);  // c
        Map<String, Object> wEarly = cohort(all, d.minusDays(5));
        org.junit.jupiter.api.Assertions.assertEquals(1, wEarly.get("size")); // e
        org.junit.jupiter.api.Assertions.assertEquals(0, cohort(all, d.plusDays(3)).get("size")); // a's join to h is not a first join

        // group h: a's first join to h (d + 3) is h's cohort; not active in h afterwards
        JsonPath inH = Api.as(owner.token()).queryParam("groupId", h).queryParam("from", d.toString()).queryParam("to", d.plusDays(3).toString())
                .get("/api/v1/workspaces/{ws}/metrics/retention", ws).then().statusCode(200).extract().jsonPath();
        assertPoint(cohort(inH, d), "day1", 1, 1.0);
        org.junit.jupiter.api.Assertions.assertEquals(1, cohort(inH, d.plusDays(3)).get("size"));
        assertPoint(cohort(inH, d.plusDays(3)), "day1", 0, 0.0);
    }

    @Test
    void retentionCountsLocalDaysInShanghai() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = workspace(owner, "上海店", "Asia/Shanghai");
        String g = group(owner, ws, "福利群", List.of());
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("Asia/Shanghai"));
        LocalDate d = feed.today().minusDays(10);
        // 07:00 in Shanghai is the day before in UTC; so is 07:30 the next morning
        feed.add("joined", g, "m1", d, "07:00").add("message", g, "m1", d.plusDays(1), "07:30");
        feed.add("joined", g, "m2", d, "23:59").add("message", g, "m2", d, "23:59:30");
        // the same message reported twice: stored once, counted once
        feed.addWithId("message", "dup-1", g, "m2", d.plusDays(7), "06:00", Map.of())
                .addWithId("message", "dup-1", g, "m2", d.plusDays(7), "06:00", Map.of());
        feed.push(5);
        JsonPath report = Api.as(owner.token()).queryParam("groupId", g).queryParam("from", d.minusDays(1).toString())
                .queryParam("to", d.toString())
                .get("/api/v1/workspaces/{ws}/metrics/retention", ws).then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(0, cohort(report, d.minusDays(1)).get("size"));
        Map<String, Object> c = cohort(report, d);
        org.junit.jupiter.api.Assertions.assertEquals(2, c.get("size"));
        assertPoint(c, "day1", 1, 0.5);  // m1; m2's message on its join day does not count
        assertPoint(c, "day7", 1, 0.5);  // m2
        assertPoint(c, "day30", null, null);
    }

    @Test
    void lifecycleCurveAveragesGroupsByAge() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = workspace(owner, "生命周期", "Asia/Shanghai");
        String g1 = group(owner, ws, "群 1", List.of());
        String g2 = group(owner, ws, "群 2", List.of("tagged"));
        group(owner, ws, "空群", List.of("tagged")); // never had a member: not in the curve
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("Asia/Shanghai"));
        LocalDate today = feed.today();
        LocalDate d = today.minusDays(10);
        feed.staff("staff");
        // group 1, day 0 = d: five members and a staff member join; 4 of 5 active (the staff member does not count)
        for (String m : List.of("m1", "m2", "m3", "m4", "m5")) {
            feed.add("joined", g1, m, d, "09:00");
        }
        feed.add("joined", g1, "staff", d, "08:00").add("message", g1, "staff", d, "08:05");
        for (String m : List.of("m1", "m2", "m3", "m4")) {
            feed.add("message", g1, m, d, "12:00");
        }
        // 00:30 on d + 1 in Shanghai is d in UTC: day 1 of group 1 (1/5)
        feed.add("check_in", g1, "m5", d.plusDays(1), "00:30");
        // m5 leaves on d + 2: 4 members from then on; on day 3 m1 is active (1/4)
        feed.add("left", g1, "m5", d.plusDays(2), "10:00").add("message", g1, "m1", d.plusDays(3), "10:00")
                .add("message", g1, "m1", d.plusDays(3), "11:00");
        // group 2, day 0 = d + 2: five members, 3 active (3/5); on its day 3 (d + 5) one (1/5)
        for (String m : List.of("n1", "n2", "n3", "n4", "n5")) {
            feed.add("joined", g2, m, d.plusDays(2), "09:00");
        }
        for (String m : List.of("n1", "n2", "n3")) {
            feed.add("message", g2, m, d.plusDays(2), "20:00");
        }
        feed.add("message", g2, "n1", d.plusDays(5), "20:00");
        feed.push(24);

        JsonPath curve = Api.as(owner.token()).config(doubles()).queryParam("days", 12).get("/api/v1/workspaces/{ws}/metrics/lifecycle", ws)
                .then().statusCode(200).body("groupCount", equalTo(2)).body("points", hasSize(12))
                .body("points[0].day", equalTo(0))
                .body("points[0].value", closeTo(0.7, 1e-9)).body("points[0].groups", equalTo(2))   // (4/5 + 3/5) / 2
                .body("points[1].value", closeTo(0.1, 1e-9)).body("points[1].groups", equalTo(2))   // (1/5 + 0/5) / 2
                .body("points[2].value", closeTo(0.0, 1e-9))                                        // (0/4 + 0/5) / 2
                .body("points[3].value", closeTo(0.225, 1e-9))                                      // (1/4 + 1/5) / 2
                // group 2's day 8 is today (not over): group 1 alone from k = 8
                .body("points[7].groups", equalTo(2)).body("points[8].groups", equalTo(1))
                .body("points[8].value", closeTo(0.0, 1e-9)).body("points[9].groups", equalTo(1))
                // group 1's day 10 is today: no group counted
                .body("points[10].value", nullValue()).body("points[10].groups", equalTo(0))
                .body("points[11].value", nullValue())
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals("Asia/Shanghai", curve.getString("timeZone"));

        Api.as(owner.token()).config(doubles()).queryParam("tag", "tagged").queryParam("days", 4).get("/api/v1/workspaces/{ws}/metrics/lifecycle", ws)
                .then().statusCode(200).body("groupCount", equalTo(1))
                .body("points[0].value", closeTo(0.6, 1e-9)).body("points[3].value", closeTo(0.2, 1e-9));
        Api.as(owner.token()).config(doubles()).queryParam("groupIds", g1).queryParam("days", 4).get("/api/v1/workspaces/{ws}/metrics/lifecycle", ws)
                .then().statusCode(200).body("groupCount", equalTo(1))
                .body("points[0].value", closeTo(0.8, 1e-9)).body("points[3].value", closeTo(0.25, 1e-9))
                .body("points[3].groups", equalTo(1));
        // default: 30 points
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/metrics/lifecycle", ws).then().statusCode(200).body("points", hasSize(30));
    }

    @Test
    void badParametersNameTheParameter() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Params");
        String retention = "/api/v1/workspaces/{ws}/metrics/retention";
        Api.malformed(owner.token()).queryParam("from", "2026-13-01").get(retention, ws).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("from"));
        Api.as(owner.token()).queryParam("from", "2026-05-02").queryParam("to", "2026-05-01").get(retention, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("from"));
        Api.as(owner.token()).queryParam("from", "2025-01-01").queryParam("to", "2026-02-05").get(retention, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
        // 400 days exactly is allowed
        Api.as(owner.token()).queryParam("from", "2025-01-01").queryParam("to", "2026-02-04").get(retention, ws).then().statusCode(200)
                .body("cohorts", hasSize(400));
        Api.malformed(owner.token()).queryParam("groupId", "nope").get(retention, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("groupId"));
        Api.as(owner.token()).queryParam("groupId", UUID.randomUUID().toString()).get(retention, ws).then().statusCode(404);
        String lifecycle = "/api/v1/workspaces/{ws}/metrics/lifecycle";
        Api.malformed(owner.token()).queryParam("days", 0).get(lifecycle, ws).then().statusCode(400).body("errors[0].parameter", equalTo("days"));
        Api.malformed(owner.token()).queryParam("days", 181).get(lifecycle, ws).then().statusCode(400).body("errors[0].parameter", equalTo("days"));
        Api.malformed(owner.token()).queryParam("groupIds", "x").get(lifecycle, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("groupIds"));
        Api.as(owner.token()).queryParam("groupIds", UUID.randomUUID().toString()).get(lifecycle, ws).then().statusCode(404);
        // an empty workspace: every point null, no group
        Api.as(owner.token()).queryParam("days", 3).get(lifecycle, ws).then().statusCode(200)
                .body("groupCount", equalTo(0)).body("points.value", org.hamcrest.Matchers.contains(nullValue(), nullValue(), nullValue()));
    }
}
