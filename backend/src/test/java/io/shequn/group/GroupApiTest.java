package io.shequn.group;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupApiTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Groups shop");
    }

    private String group(Map<String, Object> body) {
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void createsAGroupWithTheSeedDefaults() {
        Api.as(owner.token())
                .body(Map.of("name", "宝妈福利群 1", "platform", "wecom", "platformGroupId", "wrOgQhDgAAcwMTB7YmDkbeBsgT_AAAA",
                        "purpose", "deals", "rules", "1. 禁止发广告", "welcomeMessage", "欢迎加入!", "tags", List.of("宝妈", "门店")))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(201)
                .body("hardLimit", equalTo(350))
                .body("targetSize", equalTo(200))
                .body("status", equalTo("active"))
                .body("entryThreshold", equalTo("none"))
                .body("memberCount", equalTo(0))
                .body("tags", contains("宝妈", "门店"))
                .body("seriesId", nullValue());
    }

    @Test
    void aGroupIsFoundByItsPlatformGroupId() {
        String qq = group(Map.of("name", "QQ", "platform", "qq", "platformGroupId", "wxroom-1"));
        String wechat = group(Map.of("name", "WeChat", "platform", "wechat", "platformGroupId", "wxroom-1"));
        group(Map.of("name", "Other", "platform", "wechat", "platformGroupId", "wxroom-10"));
        Api.as(owner.token()).queryParam("platform", "wechat").queryParam("platformGroupId", "wxroom-1")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(200).body("items.id", contains(wechat));
        Api.as(owner.token()).queryParam("platformGroupId", "wxroom-1")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(200).body("items.id", contains(qq, wechat));
        Api.as(owner.token()).queryParam("platformGroupId", "nobody")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownQueryParametersAreRefusedNamingThem() {
        group(Map.of("name", "One", "platform", "qq"));
        group(Map.of("name", "Two", "platform", "qq"));
        Api.malformed(owner.token()).queryParam("limt", "1").queryParam("platformGroupID", "x")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400)
                .body("type", equalTo("https://shequn.io/problems/validation"))
                .body("errors.parameter", contains("limt", "platformGroupID"));
        // declared parameters of other operations pass, on record reads too
        Api.malformed(owner.token()).queryParam("limit", "1")
                .get("/api/v1/workspaces/{ws}", ws)
                .then().statusCode(400).body("errors[0].parameter", equalTo("limit"));
        Api.as(owner.token()).queryParam("limit", "1")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void nulInAQueryParameterIsRefusedNamingIt() {
        group(Map.of("name", "One", "platform", "qq"));
        Api.malformed(owner.token()).queryParam("tag", "vip\u0000x")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400)
                .body("type", equalTo("https://shequn.io/problems/validation"))
                .body("errors.parameter", contains("tag"));
        Api.malformed(owner.token()).queryParam("platformGroupId", "\u0000")
                .get("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors.parameter", contains("platformGroupId"));
    }

    @Test
    void badCapacityAndDuplicatesAreRefused() {
        Api.as(owner.token()).body(Map.of("name", "x", "platform", "qq", "hardLimit", 100, "targetSize", 150))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/targetSize"));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("name", "x", "platform", "qq", "hardLimit", -1))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/hardLimit"));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("name", "x", "platform", "myspace"))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/platform"));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("name", "名".repeat(101), "platform", "qq"))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
        Api.as(owner.token()).body(Map.of("name", "x", "platform", "qq", "assignedOperatorIds", List.of(UUID.randomUUID())))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/assignedOperatorIds/0"));
        Api.as(owner.token()).body(Map.of("name", "x", "platform", "qq", "ownerMemberId", UUID.randomUUID()))
                .post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/ownerMemberId"));
        String first = group(Map.of("name", "First", "platform", "qq", "platformGroupId", "12345"));
        Api.as(owner.token()).body(Map.of("name", "Second", "platform", "qq", "platformGroupId", "12345"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(409)
                .body("type", equalTo("https://shequn.io/problems/conflict"))
                .body("detail", containsString("12345"))
                .body("existingId", equalTo(first));
        // the same platform id on another platform is another group
        group(Map.of("name", "Other platform", "platform", "wechat", "platformGroupId", "12345"));
    }

    @Test
    void archiveAndUnarchiveKeepTheGroup() {
        String id = group(Map.of("name", "To archive", "platform", "dingtalk"));
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/groups/{id}", ws, id);
        String archivedEtag = Api.as(owner.token()).header("If-Match", etag).body(Map.of("status", "archived"))
                .patch("/api/v1/workspaces/{ws}/groups/{id}", ws, id)
                .then().statusCode(200).body("status", equalTo("archived")).extract().header("ETag");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups", ws).then().body("items.id", not(hasItem(id)));
        Api.as(owner.token()).queryParam("status", "archived").get("/api/v1/workspaces/{ws}/groups", ws)
                .then().body("items.id", hasItem(id));
        Api.as(owner.token()).header("If-Match", archivedEtag).body(Map.of("status", "active", "rules", "新群规"))
                .patch("/api/v1/workspaces/{ws}/groups/{id}", ws, id)
                .then().statusCode(200).body("status", equalTo("active")).body("rules", equalTo("新群规"));
        // stale ETag
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("name", "late"))
                .patch("/api/v1/workspaces/{ws}/groups/{id}", ws, id).then().statusCode(412);
        // there is no delete: the group and its history stay
        Api.malformed(owner.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/groups/{id}", ws, id)
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(405)))
                .contentType("application/problem+json");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{id}", ws, id).then().statusCode(200);
    }

    @Test
    void listFiltersAndSorts() {
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String opAccess = Api.as(owner.token()).queryParam("role", "operator").get("/api/v1/workspaces/{ws}/access", ws)
                .then().extract().path("items[0].id");
        String a = group(Map.of("name", "Alpha VIP", "platform", "wechat", "purpose", "vip", "tags", List.of("vip"),
                "assignedOperatorIds", List.of(opAccess)));
        String b = group(Map.of("name", "beta deals", "platform", "qq", "purpose", "deals"));
        String c = group(Map.of("name", "Gamma deals", "platform", "wechat", "purpose", "deals", "status", "planned"));

        var groups = "/api/v1/workspaces/{ws}/groups";
        Api.as(owner.token()).queryParam("platform", "wechat").get(groups, ws).then().body("items.id", contains(a, c));
        Api.as(owner.token()).queryParam("purpose", "deals").get(groups, ws).then().body("items.id", contains(b, c));
        Api.as(owner.token()).queryParam("status", "planned").get(groups, ws).then().body("items.id", contains(c));
        Api.as(owner.token()).queryParam("tag", "vip").get(groups, ws).then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("operatorId", opAccess).get(groups, ws).then().body("items.id", contains(a));
        Api.as(op.token()).queryParam("mine", "true").get(groups, ws).then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("q", "DEALS").get(groups, ws).then().body("items.id", contains(b, c));
        Api.as(owner.token()).queryParam("q", "%").get(groups, ws).then().body("items", hasSize(0));
        Api.as(owner.token()).queryParam("minMembers", 1).get(groups, ws).then().body("items", hasSize(0));
        Api.as(owner.token()).queryParam("maxMembers", 0).get(groups, ws).then().body("items", hasSize(3));
        Api.as(owner.token()).queryParam("sort", "-createdAt").get(groups, ws).then().body("items.id", contains(c, b, a));
        Api.as(owner.token()).queryParam("sort", "name").get(groups, ws).then().body("items.name",
                contains("Alpha VIP", "Gamma deals", "beta deals"));

        // keyset paging by name walks every group exactly once
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(owner.token()).queryParam("sort", "-name").queryParam("limit", 1);
            if (cursor != null) spec = spec.queryParam("cursor", cursor);
            var page = spec.get(groups, ws).then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(b, c, a), seen);

        Api.malformed(owner.token()).queryParam("sort", "size").get(groups, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("sort"));
        Api.malformed(owner.token()).queryParam("operatorId", "me").get(groups, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("operatorId"));
        Api.malformed(owner.token()).queryParam("minMembers", -3).get(groups, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("minMembers"));
    }

    @Test
    void operatorsCanBeLimitedToTheirGroups() {
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String opAccess = Api.as(owner.token()).queryParam("role", "operator").get("/api/v1/workspaces/{ws}/access", ws)
                .then().extract().path("items[0].id");
        String mine = group(Map.of("name", "Mine", "platform", "wechat", "assignedOperatorIds", List.of(opAccess)));
        String other = group(Map.of("name", "Other", "platform", "wechat"));
        Api.as(op.token()).get("/api/v1/workspaces/{ws}/groups", ws).then().body("items", hasSize(2));

        Api.as(owner.token()).header("If-Match", "*").body(Map.of("operatorsSeeAssignedGroupsOnly", true))
                .patch("/api/v1/workspaces/{ws}", ws).then().statusCode(200).body("operatorsSeeAssignedGroupsOnly", equalTo(true));
        Api.as(op.token()).get("/api/v1/workspaces/{ws}/groups", ws).then().body("items.id", contains(mine));
        Api.as(op.token()).get("/api/v1/workspaces/{ws}/groups/{id}", ws, other).then().statusCode(404);
        Api.as(op.token()).header("If-Match", "*").body(Map.of("name", "taken over"))
                .patch("/api/v1/workspaces/{ws}/groups/{id}", ws, other).then().statusCode(404);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups", ws).then().body("items", hasSize(2));
    }

    @Test
    void analystsReadButDoNotWrite() {
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        String id = group(Map.of("name", "Read me", "platform", "telegram"));
        Api.as(analyst.token()).get("/api/v1/workspaces/{ws}/groups/{id}", ws, id).then().statusCode(200);
        Api.as(analyst.token()).body(Map.of("name", "x", "platform", "qq")).post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(403);
        Api.as(analyst.token()).header("If-Match", "*").body(Map.of("name", "x"))
                .patch("/api/v1/workspaces/{ws}/groups/{id}", ws, id).then().statusCode(403);
    }

    @Test
    void seriesRouteToTheFirstGroupBelowTargetAndOpenTheNext() {
        String series = Api.as(owner.token())
                .body(Map.of("name", "门店二维码", "platform", "wechat", "namePattern", "宝妈福利群 {n}", "purpose", "deals",
                        "hardLimit", 3, "targetSize", 2))
                .post("/api/v1/workspaces/{ws}/series", ws).then().statusCode(201)
                .body("groupCount", equalTo(0)).extract().path("id");
        var route = "/api/v1/workspaces/{ws}/series/{id}/route";
        // no group yet: the first is opened
        String first = Api.as(owner.token()).post(route, ws, series).then().statusCode(200)
                .body("opened", equalTo(true))
                .body("group.name", equalTo("宝妈福利群 1"))
                .body("group.status", equalTo("planned"))
                .body("group.seriesPosition", equalTo(1))
                .body("group.hardLimit", equalTo(3))
                .extract().path("group.id");
        // below target: the same group again
        Api.as(owner.token()).post(route, ws, series).then().body("opened", equalTo(false)).body("group.id", equalTo(first));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/series/{id}", ws, series).then().body("groupCount", equalTo(1));

        // a group added by hand joins the series at the next position with the series' capacity
        Api.as(owner.token()).body(Map.of("name", "手动群", "platform", "wechat", "seriesId", series))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201)
                .body("seriesPosition", equalTo(2)).body("targetSize", equalTo(2));
        Api.as(owner.token()).queryParam("seriesId", series).get("/api/v1/workspaces/{ws}/groups", ws)
                .then().body("items", hasSize(2));

        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/series/{id}", ws, series);
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("targetSize", 5))
                .patch("/api/v1/workspaces/{ws}/series/{id}", ws, series).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/targetSize"));
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("namePattern", "新宝妈群 {n}"))
                .patch("/api/v1/workspaces/{ws}/series/{id}", ws, series).then().statusCode(200)
                .body("namePattern", equalTo("新宝妈群 {n}"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/series", ws).then().body("items", hasSize(1));
        Api.as(Tokens.newUser("Stranger").token()).post(route, ws, series).then().statusCode(404);
    }
}
