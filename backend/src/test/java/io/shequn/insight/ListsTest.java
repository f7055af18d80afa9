package io.shequn.insight;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Silent members and top contributors over events pushed through the real ingestion API. */
@QuarkusTest
class ListsTest {
    private static final String SILENT = "/api/v1/workspaces/{ws}/metrics/silent-members";
    private static final String TOP = "/api/v1/workspaces/{ws}/metrics/top-contributors";

    private static List<String> sorted(String... ids) {
        List<String> list = new ArrayList<>(List.of(ids));
        list.sort(java.util.Comparator.comparing(UUID::fromString));
        return list;
    }

    @Test
    void silentMembersInLosAngeles() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = RetentionAndLifecycleTest.workspace(owner, "Silent shop", "America/Los_Angeles");
        String g = RetentionAndLifecycleTest.group(owner, ws, "G", List.of());
        String h = RetentionAndLifecycleTest.group(owner, ws, "H", List.of());
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("America/Los_Angeles"));
        LocalDate today = feed.today();
        feed.staff("staff");
        feed.add("joined", g, "p1", today.minusDays(20), "12:00").add("message", g, "p1", today.minusDays(12), "12:00");
        feed.add("joined", g, "p2", today.minusDays(20), "12:00").add("message", g, "p2", today.minusDays(2), "12:00");
        feed.add("joined", g, "p3", today.minusDays(10), "12:00");
        feed.add("joined", g, "p4", today.minusDays(2), "12:00");
        feed.add("joined", g, "staff", today.minusDays(20), "12:00");
        feed.add("joined", g, "p6", today.minusDays(30), "12:00").add("left", g, "p6", today.minusDays(25), "12:00");
        // left and came back 5 days ago: nothing since rejoining
        feed.add("joined", g, "p7", today.minusDays(30), "12:00").add("message", g, "p7", today.minusDays(28), "12:00")
                .add("left", g, "p7", today.minusDays(26), "12:00").add("joined", g, "p7", today.minusDays(5), "12:00");
        // silent in g, active in h
        feed.add("joined", g, "p8", today.minusDays(20), "12:00").add("joined", h, "p8", today.minusDays(20), "12:00")
                .add("message", h, "p8", today.minusDays(2), "12:00");
        feed.add("joined", h, "p9", today.minusDays(15), "12:00");
        feed.push(17);
        Map<String, String> id = feed.members("p1", "p3", "p7", "p8", "p9");

        // group g, 7 days: p1 (12 days since its message), p3 (joined 10 days ago, nothing since), p8 (20 days)
        JsonPath all = Api.as(owner.token()).queryParam("groupId", g).get(SILENT, ws).then().statusCode(200)
                .body("items.memberId", contains(sorted(id.get("p1"), id.get("p3"), id.get("p8")).toArray()))
                .body("nextCursor", nullValue()).extract().jsonPath();
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        for (Map<String, Object> item : all.<Map<String, Object>>getList("items")) {
            byId.put((String) item.get("memberId"), item);
        }
        assertEquals(12, byId.get(id.get("p1")).get("silentForDays"));
        assertEquals(instant(feed.at(today.minusDays(12), "12:00")), instant(byId.get(id.get("p1")).get("lastActiveAt")));
        assertEquals(10, byId.get(id.get("p3")).get("silentForDays"));
        assertNull(byId.get(id.get("p3")).get("lastActiveAt"));
        assertEquals(20, byId.get(id.get("p8")).get("silentForDays"));

        // pages of 2 by member id
        String cursor = Api.as(owner.token()).queryParam("groupId", g).queryParam("limit", 2).get(SILENT, ws).then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        Api.as(owner.token()).queryParam("groupId", g).queryParam("limit", 2).queryParam("cursor", cursor).get(SILENT, ws)
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items[0].memberId", equalTo(sorted(id.get("p1"), id.get("p3"), id.get("p8")).get(2)));

        // 3 days: p7 too, silent since it rejoined 5 days ago; its last activity is older than that join
        JsonPath three = Api.as(owner.token()).queryParam("groupId", g).queryParam("days", 3).get(SILENT, ws).then().statusCode(200)
                .body("items.memberId", contains(sorted(id.get("p1"), id.get("p3"), id.get("p7"), id.get("p8")).toArray()))
                .extract().jsonPath();
        Map<String, Object> p7 = three.<Map<String, Object>>getList("items").stream()
                .filter(i -> i.get("memberId").equals(id.get("p7"))).findFirst().orElseThrow();
        assertEquals(5, p7.get("silentForDays"));
        assertEquals(instant(feed.at(today.minusDays(28), "12:00")), instant(p7.get("lastActiveAt")));
        assertEquals(instant(feed.at(today.minusDays(5), "12:00")), instant(p7.get("joinedAt")));

        // the workspace: p8 is active in h; p9 joined h 15 days ago and said nothing
        Api.as(owner.token()).get(SILENT, ws).then().statusCode(200)
                .body("items.memberId", contains(sorted(id.get("p1"), id.get("p3"), id.get("p9")).toArray()));

        // an analyst reads; an operator limited to assigned groups sees g only, and g's events only
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).queryParam("groupId", h).get(SILENT, ws).then().statusCode(200).body("items", hasSize(1));
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String opAccess = Api.as(owner.token()).queryParam("role", "operator").get("/api/v1/workspaces/{ws}/access", ws)
                .then().extract().path("items[0].id");
        Api.as(owner.token()).header("If-Match", "*").body(Map.of("assignedOperatorIds", List.of(opAccess)))
                .patch("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().statusCode(200);
        Api.as(owner.token()).header("If-Match", "*").body(Map.of("operatorsSeeAssignedGroupsOnly", true))
                .patch("/api/v1/workspaces/{ws}", ws).then().statusCode(200);
        Api.as(op.token()).get(SILENT, ws).then().statusCode(200)
                .body("items.memberId", contains(sorted(id.get("p1"), id.get("p3"), id.get("p8")).toArray()));
        Api.as(op.token()).queryParam("groupId", h).get(SILENT, ws).then().statusCode(404);

        Api.malformed(owner.token()).queryParam("days", 0).get(SILENT, ws).then().statusCode(400).body("errors[0].parameter", equalTo("days"));
        Api.malformed(owner.token()).queryParam("limit", 500).get(SILENT, ws).then().statusCode(400).body("errors[0].parameter", equalTo("limit"));
        Api.malformed(owner.token()).queryParam("cursor", "garbage").get(SILENT, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"));
    }

    private static java.time.Instant instant(Object text) {
        return java.time.OffsetDateTime.parse((String) text).toInstant();
    }

    @Test
    void topContributorsByKind() {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = RetentionAndLifecycleTest.workspace(owner, "Top shop", "America/Los_Angeles");
        String g = RetentionAndLifecycleTest.group(owner, ws, "G", List.of());
        String h = RetentionAndLifecycleTest.group(owner, ws, "H", List.of());
        Feed feed = new Feed(owner.token(), ws, ZoneId.of("America/Los_Angeles"));
        LocalDate d = feed.today().minusDays(20);
        LocalDate end = d.plusDays(6);
        feed.staff("staff");
        // inviters known before their invitees
        feed.add("joined", g, "i1", d.minusDays(10), "09:00").add("joined", g, "i2", d.minusDays(10), "09:00");
        feed.push(2);

        // talkers: t1 6 (one of them reported twice), t2 3, t3 3 (in h), t4 1 (its other message is before d, local)
        for (int i = 0; i < 5; i++) {
            feed.add("message", g, "t1", d.plusDays(i), "12:00");
        }
        feed.addWithId("message", "t1-dup", g, "t1", d.plusDays(5), "12:00", Map.of())
                .addWithId("message", "t1-dup", g, "t1", d.plusDays(5), "12:00", Map.of());
        for (int i = 0; i < 3; i++) {
            feed.add("message", g, "t2", d.plusDays(i), "13:00").add("message", h, "t3", d.plusDays(i), "13:00");
        }
        for (int i = 0; i < 10; i++) {
            feed.add("message", g, "staff", d.plusDays(1), "14:00");
        }
        // 23:30 on d - 1 in Los Angeles is d in UTC; 23:00 on the last day is the day after in UTC
        feed.add("message", g, "t4", d.minusDays(1), "23:30").add("message", g, "t4", end, "23:00");
        // check-in streaks
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            feed.add("check_in", g, "s1", d.plusDays(i), "08:00");
        }
        for (int i : new int[] {3, 4, 5}) {
            feed.add("check_in", g, "s2", d.plusDays(i), "08:00");
        }
        feed.add("check_in", g, "s2", d.plusDays(4), "20:00"); // twice a day counts one day
        for (int i : new int[] {0, 1, 4, 5}) {
            feed.add("check_in", g, "s3", d.plusDays(i), "08:00");
        }
        feed.add("check_in", g, "s4", d.plusDays(5), "10:00").add("check_in", g, "s4", end, "23:30")
                .add("check_in", g, "s4", end.plusDays(1), "00:30");
        // UGC and invites
        feed.add("ugc_post", g, "u1", d, "10:00").add("ugc_post", g, "u1", d.plusDays(3), "10:00").add("ugc_post", h, "u2", d, "10:00");
        feed.invite(g, "v1", "i1", d.plusDays(1), "10:00").invite(g, "v2", "i1", d.plusDays(2), "10:00")
                .invite(h, "v3", "i2", d.plusDays(3), "10:00").invite(g, "v4", "i2", d.minusDays(3), "10:00")
                .invite(g, "v5", "staff", d.plusDays(3), "10:00");
        feed.push(5 + 1 + 6 + 10 + 2 + 5 + 4 + 4 + 3 + 3 + 5);
        Map<String, String> id = feed.members("t1", "t2", "t3", "t4", "s1", "s2", "s3", "s4", "u1", "u2", "i1", "i2");
        List<String> t23 = sorted(id.get("t2"), id.get("t3"));

        Api.as(owner.token()).queryParam("kind", "talkers").queryParam("from", d.toString()).queryParam("to", end.toString())
                .get(TOP, ws).then().statusCode(200).body("kind", equalTo("talkers")).body("groupId", nullValue())
                .body("items.memberId", contains(id.get("t1"), t23.get(0), t23.get(1), id.get("t4")))
                .body("items.value", contains(6, 3, 3, 1))
                .body("items.rank", contains(1, 2, 2, 4))
                .body("items[0].streakStart", nullValue());
        Api.as(owner.token()).queryParam("kind", "talkers").queryParam("from", d.toString()).queryParam("to", end.toString())
                .queryParam("groupId", g).get(TOP, ws).then().statusCode(200)
                .body("items.memberId", contains(id.get("t1"), id.get("t2"), id.get("t4"))).body("items.value", contains(6, 3, 1));
        Api.as(owner.token()).queryParam("kind", "talkers").queryParam("from", d.toString()).queryParam("to", end.toString())
                .queryParam("limit", 1).get(TOP, ws).then().statusCode(200).body("items.memberId", contains(id.get("t1")));

        Api.as(owner.token()).queryParam("kind", "check_in_streak").queryParam("from", d.toString()).queryParam("to", end.toString())
                .get(TOP, ws).then().statusCode(200)
                .body("items.memberId", contains(id.get("s2"), id.get("s1"), id.get("s4"), id.get("s3")))
                .body("items.value", contains(3, 3, 2, 2))
                .body("items.rank", contains(1, 2, 3, 4))
                .body("items.streakStart", contains(d.plusDays(3).toString(), d.toString(), d.plusDays(5).toString(), d.plusDays(4).toString()))
                .body("items.streakEnd", contains(d.plusDays(5).toString(), d.plusDays(2).toString(), end.toString(), d.plusDays(5).toString()));

        Api.as(owner.token()).queryParam("kind", "ugc_posters").queryParam("from", d.toString()).queryParam("to", end.toString())
                .get(TOP, ws).then().statusCode(200)
                .body("items.memberId", contains(id.get("u1"), id.get("u2"))).body("items.value", contains(2, 1));
        Api.as(owner.token()).queryParam("kind", "inviters").queryParam("from", d.toString()).queryParam("to", end.toString())
                .get(TOP, ws).then().statusCode(200)
                .body("items.memberId", contains(id.get("i1"), id.get("i2"))).body("items.value", contains(2, 1));
        Api.as(owner.token()).queryParam("kind", "inviters").queryParam("from", d.toString()).queryParam("to", end.toString())
                .queryParam("groupId", h).get(TOP, ws).then().statusCode(200)
                .body("items.memberId", contains(id.get("i2"))).body("items.value", contains(1));

        Api.malformed(owner.token()).get(TOP, ws).then().statusCode(400).body("errors[0].parameter", equalTo("kind"));
        Api.malformed(owner.token()).queryParam("kind", "likers").get(TOP, ws).then().statusCode(400).body("errors[0].parameter", equalTo("kind"));
        Api.malformed(owner.token()).queryParam("kind", "talkers").queryParam("limit", 0).get(TOP, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
        Api.as(owner.token()).queryParam("kind", "talkers").queryParam("from", "2024-01-01").queryParam("to", "2026-01-01")
                .get(TOP, ws).then().statusCode(400).body("errors[0].parameter", equalTo("to"));
        // default range: the 30 days up to today
        Api.as(owner.token()).queryParam("kind", "ugc_posters").get(TOP, ws).then().statusCode(200)
                .body("to", equalTo(feed.today().toString())).body("from", equalTo(feed.today().minusDays(29).toString()))
                .body("items.value", contains(2, 1));
    }
}
