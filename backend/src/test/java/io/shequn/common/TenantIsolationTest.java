package io.shequn.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.shequn.testing.Api;
import io.shequn.testing.Contract;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks every workspace-scoped operation of openapi.yaml: a principal of another workspace
 * gets 404 and changes nothing; a body with an unknown field gets 400 naming it. A new
 * operation without a sample here fails the test, so no endpoint escapes the check.
 */
@QuarkusTest
class TenantIsolationTest {

    /** An event the victim's groups would take (by platform group id: the sample bodies are built before the ids). */
    private static final Map<String, Object> SAMPLE_EVENT = Map.of("type", "message", "platformEventId", "intruder-msg-1",
            "occurredAt", "2026-01-01T00:00:00Z", "group", Map.of("platform", "wechat", "platformGroupId", "intruder-room"),
            "member", Map.of("platform", "wechat", "platformUserId", "wx-mei"));

    /** A valid body for each operation that takes one. */
    private static final Map<String, Object> BODIES = Map.ofEntries(
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}", Map.of("name", "Renamed by an intruder")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/access", Map.of("clientId", "intruder-bot", "role", "integration")),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/access/{accessId}", Map.of("role", "analyst")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/invitations", Map.of("email", "intruder@example.com", "role", "admin")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/groups", Map.of("name", "Intruder group", "platform", "wechat")),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/groups/{groupId}", Map.of("status", "archived")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/series", Map.of("name", "S", "platform", "qq", "namePattern", "S {n}")),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/series/{seriesId}", Map.of("name", "Renamed")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/members", Map.of("displayName", "Intruder")),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/members/{memberId}", Map.of("tier", "stolen")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/members/{memberId}/identities",
                    Map.of("platform", "qq", "platformUserId", "intruder-qq")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships", Map.of("memberId", UUID.randomUUID())),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships/{membershipId}", Map.of("role", "admin")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships/{membershipId}/leave",
                    Map.of("reason", "removed")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/members/{memberId}/merge", Map.of("memberId", UUID.randomUUID())),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/members/bulk-tag", Map.of("filter", Map.of(), "add", List.of("hacked"))),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/tags", Map.of("name", "intruder-tag")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/tags/groups", Map.of("name", "intruder-group")),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/segments", Map.of("name", "intruder", "filter", Map.of())),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/segments/{segmentId}", Map.of("name", "renamed")),
            Map.entry("PUT /api/v1/workspaces/{workspaceId}/metrics/thresholds", Map.of("dailyActiveShare", 0.1)),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/events", SAMPLE_EVENT),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/events:batch", Map.of("items", List.of(SAMPLE_EVENT))),
            Map.entry("POST /api/v1/workspaces/{workspaceId}/activities", Map.of("title", "Intruder sale", "type", "other",
                    "startAt", "2026-01-01T00:00:00Z", "endAt", "2026-01-02T00:00:00Z", "segmentId", UUID.randomUUID(),
                    "settings", Map.of("type", "other"))),
            Map.entry("PATCH /api/v1/workspaces/{workspaceId}/activities/{activityId}", Map.of("title", "Renamed")),
            Map.entry("PUT /api/v1/workspaces/{workspaceId}/activities/{activityId}/review",
                    Map.of("wentWell", "x", "wentWrong", "y", "toChange", "z")));
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE");
    /** Operations whose body is not JSON: content type and a valid body. */
    private static final Map<String, String[]> RAW_BODIES = Map.of(
            "POST /api/v1/workspaces/{workspaceId}/member-imports",
            new String[] {"text/csv", "platform,platform_user_id,display_name\nwechat,wx-intruder,Intruder\n"});
    /** Operations that answer something else than JSON when they succeed. */
    private static final Map<String, String> ACCEPT = Map.of(
            "GET /api/v1/workspaces/{workspaceId}/members/export", "text/csv, application/problem+json");
    /** Required query parameters. */
    private static final Map<String, Map<String, String>> QUERIES = Map.of(
            "GET /api/v1/workspaces/{workspaceId}/members/by-identity", Map.of("platform", "wechat", "platformUserId", "wx-mei"),
            "GET /api/v1/workspaces/{workspaceId}/metrics/top-contributors", Map.of("kind", "talkers"),
            "GET /api/v1/workspaces/{workspaceId}/metrics/summary", Map.of("from", "2026-11-16", "to", "2026-11-22"),
            "GET /api/v1/workspaces/{workspaceId}/metrics/series", Map.of("from", "2026-11-16", "to", "2026-11-22"),
            "GET /api/v1/workspaces/{workspaceId}/metrics/group-ranking", Map.of("metric", "messages", "from", "2026-11-16", "to", "2026-11-22"),
            "GET /api/v1/workspaces/{workspaceId}/groups/{groupId}/health", Map.of("from", "2026-11-16", "to", "2026-11-22"),
            "GET /api/v1/workspaces/{workspaceId}/activity-calendar", Map.of("from", "2026-11-16", "to", "2026-11-22"));
    /** POST operations that take no body. */
    private static final Set<String> BODILESS_POSTS = Set.of(
            "POST /api/v1/me/invitations/{invitationId}/accept",
            "POST /api/v1/workspaces/{workspaceId}/series/{seriesId}/route",
            "POST /api/v1/workspaces/{workspaceId}/members/{memberId}/erase",
            "POST /api/v1/workspaces/{workspaceId}/alerts/{alertId}/resolve",
            "POST /api/v1/workspaces/{workspaceId}/activities/{activityId}/schedule",
            "POST /api/v1/workspaces/{workspaceId}/activities/{activityId}/start",
            "POST /api/v1/workspaces/{workspaceId}/activities/{activityId}/end",
            "POST /api/v1/workspaces/{workspaceId}/activities/{activityId}/cancel");

    private Tokens.User owner;
    private Tokens.User intruder;
    private Map<String, String> ids;
    private String workspaceEtag;

    @BeforeEach
    void victimWorkspace() {
        owner = Tokens.newUser("Victim");
        intruder = Tokens.newUser("Intruder");
        UUID ws = Fixtures.workspace(owner, "Victim's shop");
        Fixtures.workspace(intruder, "Intruder's own shop");
        String invitationId = Api.as(owner.token()).body(Map.of("email", "staff@example.com", "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(201).extract().path("id");
        String accessId = Api.as(owner.token()).get("/api/v1/workspaces/{ws}/access", ws).then().extract().path("items[0].id");
        String seriesId = Api.as(owner.token()).body(Map.of("name", "Store QR", "platform", "wechat", "namePattern", "福利群 {n}"))
                .post("/api/v1/workspaces/{ws}/series", ws).then().statusCode(201).extract().path("id");
        String groupId = Api.as(owner.token()).body(Map.of("name", "福利群 1", "platform", "wechat", "seriesId", seriesId))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        String memberId = Api.as(owner.token())
                .body(Map.of("displayName", "小美", "identities", List.of(Map.of("platform", "wechat", "platformUserId", "wx-mei"))))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201).extract().path("id");
        String membershipId = Api.as(owner.token()).body(Map.of("memberId", memberId))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, groupId).then().statusCode(201).extract().path("id");
        String segmentId = Api.as(owner.token()).body(Map.of("name", "Everyone", "filter", Map.of()))
                .post("/api/v1/workspaces/{ws}/segments", ws).then().statusCode(201).extract().path("id");
        String importId = Api.as(owner.token()).contentType("text/csv")
                .body("platform,platform_user_id,display_name\nwechat,wx-mei,小美\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(202).extract().path("id");
        ids = new HashMap<>(Map.of("workspaceId", ws.toString(), "accessId", accessId, "invitationId", invitationId,
                "groupId", groupId, "seriesId", seriesId, "memberId", memberId, "membershipId", membershipId, "segmentId", segmentId));
        ids.put("importId", importId);
        ids.put("alertId", UUID.randomUUID().toString());
        ids.put("activityId", Api.as(owner.token()).body(Map.of("title", "春节红包", "type", "red_packet", "targetGroupIds", List.of(groupId),
                        "startAt", "2027-02-10T12:00:00Z", "endAt", "2027-02-12T12:00:00Z",
                        "settings", Map.of("type", "red_packet", "mode", "all", "totalAmountMinor", 10000, "packets", 100)))
                .post("/api/v1/workspaces/{ws}/activities", ws).then().statusCode(201).extract().path("id"));
        String eventId = Api.as(owner.token()).body(Map.of("type", "message", "platformEventId", "victim-msg-1",
                        "occurredAt", "2026-01-01T00:00:00Z", "group", Map.of("id", groupId), "member", Map.of("id", memberId)))
                .post("/api/v1/workspaces/{ws}/events", ws).then().statusCode(201).extract().path("id");
        ids.put("eventId", eventId);
        workspaceEtag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}", ws);
    }

    private static List<String> workspaceOperations() {
        return Contract.operations().stream().filter(op -> op.contains("{workspaceId}")).toList();
    }

    private RequestSpecification request(RequestSpecification spec, String method, String op) {
        if (ACCEPT.containsKey(op)) {
            spec = spec.accept(ACCEPT.get(op));
        }
        if (RAW_BODIES.containsKey(op)) {
            spec = spec.contentType(RAW_BODIES.get(op)[0]).body(RAW_BODIES.get(op)[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (!WITHOUT_BODY.contains(method) && !BODILESS_POSTS.contains(op)) {
            Object body = BODIES.get(op);
            if (body == null) {
                fail("No sample body for " + op + ": add one to TenantIsolationTest.BODIES");
            }
            spec = spec.body(body);
        }
        // paths hold only ids and literals; events:batch keeps its colon as partners send it
        return spec.urlEncodingEnabled(false).queryParams(QUERIES.getOrDefault(op, Map.of())).header("If-Match", "*");
    }

    private String path(String template) {
        String path = template;
        for (var e : ids.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }

    @Test
    void anotherWorkspacesPrincipalGetsNotFoundEverywhere() {
        Set<String> checked = new TreeSet<>();
        for (String op : workspaceOperations()) {
            String method = op.substring(0, op.indexOf(' '));
            String template = op.substring(op.indexOf(' ') + 1);
            for (String token : List.of(intruder.token(), Tokens.client("intruder-bot"))) {
                int status = request(Api.as(token), method, op).request(method, path(template)).then()
                        .contentType("application/problem+json").extract().statusCode();
                assertEquals(404, status, op);
            }
            checked.add(op);
        }
        assertTrue(checked.size() >= 9, "every workspace operation was walked: " + checked);
        // the partner bot of another shop cannot find members by identity either
        Api.as(intruder.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-mei")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ids.get("workspaceId")).then().statusCode(404);
        // nothing changed
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}", ids.get("workspaceId"))
                .then().header("ETag", equalTo(workspaceEtag)).body("name", equalTo("Victim's shop"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/access", ids.get("workspaceId")).then().body("items.size()", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/invitations/{id}", ids.get("workspaceId"), ids.get("invitationId"))
                .then().body("status", equalTo("pending"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups", ids.get("workspaceId"))
                .then().body("items.size()", equalTo(1)).body("items[0].status", equalTo("active"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/series/{id}", ids.get("workspaceId"), ids.get("seriesId"))
                .then().body("groupCount", equalTo(1)).body("name", equalTo("Store QR"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ids.get("workspaceId"), ids.get("memberId"))
                .then().body("tier", org.hamcrest.Matchers.nullValue()).body("identities.size()", equalTo(1))
                .body("displayName", equalTo("小美")).body("tags.size()", equalTo(0));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/segments/{id}", ids.get("workspaceId"), ids.get("segmentId"))
                .then().body("name", equalTo("Everyone")).body("memberCount", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/tags", ids.get("workspaceId")).then().body("tags.size()", equalTo(0));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ids.get("workspaceId"),
                ids.get("groupId"), ids.get("membershipId")).then().body("role", equalTo("member")).body("leftAt", org.hamcrest.Matchers.nullValue());
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ids.get("workspaceId")).then().body("items.size()", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/member-imports", ids.get("workspaceId")).then().body("items.size()", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/activities/{id}", ids.get("workspaceId"), ids.get("activityId"))
                .then().body("status", equalTo("draft")).body("title", equalTo("春节红包"));
    }

    @Test
    void unknownFieldsAreNamedOnEveryWrite() {
        for (String op : Contract.operations()) {
            String method = op.substring(0, op.indexOf(' '));
            if (WITHOUT_BODY.contains(method) || BODILESS_POSTS.contains(op) || RAW_BODIES.containsKey(op)) {
                continue;
            }
            String template = op.substring(op.indexOf(' ') + 1);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = new HashMap<>((Map<String, Object>) BODIES.getOrDefault(op, Map.of("name", "x")));
            body.put("unexpected", true);
            var response = Api.malformed(owner.token()).urlEncodingEnabled(false).contentType("application/json").header("If-Match", "*").body(body)
                    .request(method, path(template)).then().extract();
            assertEquals(400, response.statusCode(), op);
            assertEquals("/unexpected", response.path("errors[0].pointer"), op);
        }
    }
}
