package io.shequn.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.ArrayList;
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
class MembershipApiTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Membership shop");
    }

    private String member(String name) {
        return Api.as(owner.token()).body(Map.of("displayName", name)).post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201).extract().path("id");
    }

    private String group(Map<String, Object> body) {
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.ValidatableResponse join(String group, String member) {
        return Api.as(owner.token()).body(Map.of("memberId", member, "joinChannel", "store_service"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, group).then();
    }

    @Test
    void joinLeaveAndRejoinKeepHistory() {
        String g = group(Map.of("name", "福利群", "platform", "wechat"));
        String m = member("小美");
        String first = join(g, m).statusCode(201).body("role", equalTo("member")).body("joinChannel", equalTo("store_service"))
                .extract().path("id");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(1));
        join(g, m).statusCode(409);

        Api.as(owner.token()).body(Map.of("reason", "left"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}/leave", ws, g, first)
                .then().statusCode(200).body("leftAt", notNullValue()).body("leftReason", equalTo("left"));
        // leaving twice is harmless
        Api.as(owner.token()).body(Map.of("reason", "removed"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}/leave", ws, g, first)
                .then().statusCode(200).body("leftReason", equalTo("left"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(0));

        String second = join(g, m).statusCode(201).extract().path("id");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g)
                .then().body("items.id", contains(second));
        Api.as(owner.token()).queryParam("state", "left").get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g)
                .then().body("items.id", contains(first));
        Api.as(owner.token()).queryParam("state", "all").get("/api/v1/workspaces/{ws}/members/{m}/memberships", ws, m)
                .then().body("items.id", contains(first, second)).body("items[1].leftAt", nullValue());
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{m}", ws, m).then().body("firstSeenAt", notNullValue());
    }

    @Test
    void rolesChangeWithIfMatch() {
        String g = group(Map.of("name", "VIP 群", "platform", "wecom"));
        String m = member("KOC");
        String id = join(g, m).statusCode(201).extract().path("id");
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ws, g, id);
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("role", "opinion_leader"))
                .patch("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ws, g, id)
                .then().statusCode(200).body("role", equalTo("opinion_leader"));
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("role", "admin"))
                .patch("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ws, g, id).then().statusCode(412);
        Api.malformed(owner.token()).contentType("application/json").header("If-Match", "*").body(Map.of("role", "king"))
                .patch("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ws, g, id)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/role"));
    }

    @Test
    void aFullGroupRefusesJoinsAndNamesTheNextGroupOfItsSeries() {
        String series = Api.as(owner.token()).body(Map.of("name", "QR", "platform", "wechat", "namePattern", "群 {n}",
                        "hardLimit", 2, "targetSize", 1))
                .post("/api/v1/workspaces/{ws}/series", ws).then().statusCode(201).extract().path("id");
        String g1 = group(Map.of("name", "群 1", "platform", "wechat", "seriesId", series));
        String g2 = group(Map.of("name", "群 2", "platform", "wechat", "seriesId", series));
        join(g1, member("a")).statusCode(201);
        join(g1, member("b")).statusCode(201);
        join(g1, member("c")).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://shequn.io/problems/group-full"))
                .body("nextGroupId", equalTo(g2));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g1).then().body("memberCount", equalTo(2));
        // routing skips the group at target and sends to group 2
        Api.as(owner.token()).post("/api/v1/workspaces/{ws}/series/{s}/route", ws, series).then().body("group.id", equalTo(g2));
    }

    @Test
    void concurrentJoinsNeverPassTheHardLimit() throws Exception {
        String g = group(Map.of("name", "Small", "platform", "qq", "hardLimit", 3, "targetSize", 2));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(member("m" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Response>> calls = members.stream().<Callable<Response>>map(m -> () ->
                    Api.as(owner.token()).body(Map.of("memberId", m)).post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g)
                            .then().extract().response()).toList();
            for (Future<Response> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(3));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g).then().body("items", hasSize(3));
    }

    @Test
    void archivedGroupsAndUnknownMembersRefuseJoins() {
        String g = group(Map.of("name", "Old", "platform", "qq", "status", "archived"));
        join(g, member("x")).statusCode(409);
        String open = group(Map.of("name", "Open", "platform", "qq"));
        Api.as(owner.token()).body(Map.of("memberId", UUID.randomUUID()))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, open)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/memberId"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}", ws, open, UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void theAuditLogIsForManagers() {
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String g = group(Map.of("name", "Audited", "platform", "wechat"));
        Api.as(owner.token()).queryParam("entityType", "group").get("/api/v1/workspaces/{ws}/audit-log", ws)
                .then().statusCode(200).body("items[0].entityId", equalTo(g)).body("items[0].action", equalTo("group.created"))
                .body("items[0].actor", equalTo("user:" + owner.subject()));
        Api.as(op.token()).get("/api/v1/workspaces/{ws}/audit-log", ws).then().statusCode(403);
        Api.malformed(owner.token()).queryParam("entityType", "planet").get("/api/v1/workspaces/{ws}/audit-log", ws)
                .then().statusCode(400).body("errors[0].parameter", equalTo("entityType"));
    }
}
