package io.shequn.segment;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagsAndSegmentsTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Tags shop");
    }

    private String member(String name, List<String> tags) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", name, "tags", tags));
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201).extract().path("id");
    }

    @Test
    void theCatalogHoldsTagsInGroups() {
        String group = Api.as(owner.token()).body(Map.of("name", "宝宝月龄")).post("/api/v1/workspaces/{ws}/tags/groups", ws)
                .then().statusCode(201).extract().path("id");
        Api.as(owner.token()).body(Map.of("name", "宝宝月龄")).post("/api/v1/workspaces/{ws}/tags/groups", ws).then().statusCode(409)
                .body("existingId", equalTo(group));
        String tag = Api.as(owner.token()).body(Map.of("name", "0-6月", "tagGroupId", group, "description", "新手妈妈"))
                .post("/api/v1/workspaces/{ws}/tags", ws).then().statusCode(201).body("tagGroupId", equalTo(group)).extract().path("id");
        Api.as(owner.token()).body(Map.of("name", "0-6月")).post("/api/v1/workspaces/{ws}/tags", ws).then().statusCode(409)
                .body("existingId", equalTo(tag));
        Api.as(owner.token()).body(Map.of("name", "x", "tagGroupId", UUID.randomUUID())).post("/api/v1/workspaces/{ws}/tags", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/tagGroupId"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/tags", ws).then().statusCode(200)
                .body("groups.name", contains("宝宝月龄")).body("tags.name", contains("0-6月"));
    }

    @Test
    void bulkTaggingByIdsAndByFilter() {
        String a = member("A", List.of("vip"));
        String b = member("B", List.of());
        String c = member("C", List.of("vip", "old"));
        Api.as(owner.token()).body(Map.of("memberIds", List.of(a, b), "add", List.of("双11")))
                .post("/api/v1/workspaces/{ws}/members/bulk-tag", ws).then().statusCode(200).body("matched", equalTo(2));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, a).then().body("tags", contains("vip", "双11"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, b).then().body("tags", contains("双11"));

        Api.as(owner.token()).body(Map.of("filter", Map.of("tags", List.of("vip")), "add", List.of("复购"), "remove", List.of("old")))
                .post("/api/v1/workspaces/{ws}/members/bulk-tag", ws).then().statusCode(200).body("matched", equalTo(2));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, c).then().body("tags", contains("vip", "复购"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, b).then().body("tags", contains("双11"));

        Api.as(owner.token()).body(Map.of("add", List.of("x")))
                .post("/api/v1/workspaces/{ws}/members/bulk-tag", ws).then().statusCode(400);
        Api.as(owner.token()).body(Map.of("memberIds", List.of(a))).post("/api/v1/workspaces/{ws}/members/bulk-tag", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/add"));
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).body(Map.of("memberIds", List.of(a), "add", List.of("x")))
                .post("/api/v1/workspaces/{ws}/members/bulk-tag", ws).then().statusCode(403);
    }

    @Test
    void segmentsAreLiveFilters() {
        member("Silent VIP", List.of("vip"));
        member("Other", List.of("new"));
        String id = Api.as(owner.token()).body(Map.of("name", "VIPs", "filter", Map.of("tags", List.of("vip"))))
                .post("/api/v1/workspaces/{ws}/segments", ws).then().statusCode(201)
                .body("memberCount", equalTo(1)).body("filter.tags", contains("vip")).extract().path("id");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/segments/{id}/members", ws, id).then()
                .body("items.displayName", contains("Silent VIP"));
        member("New VIP", List.of("vip"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/segments/{id}", ws, id).then().body("memberCount", equalTo(2));

        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/segments/{id}", ws, id);
        String newEtag = Api.as(owner.token()).header("If-Match", etag)
                .body(Map.of("filter", Map.of("tags", List.of("vip", "new"), "tagMode", "any")))
                .patch("/api/v1/workspaces/{ws}/segments/{id}", ws, id).then().statusCode(200)
                .body("memberCount", equalTo(3)).extract().header("ETag");
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/segments", ws).then().body("items", hasSize(1));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("name", "bad", "filter", Map.of("silentDays", 0)))
                .post("/api/v1/workspaces/{ws}/segments", ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/filter/silentDays"));
        Api.as(owner.token()).header("If-Match", etag).delete("/api/v1/workspaces/{ws}/segments/{id}", ws, id).then().statusCode(412);
        Api.as(owner.token()).header("If-Match", newEtag).delete("/api/v1/workspaces/{ws}/segments/{id}", ws, id).then().statusCode(204);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/segments/{id}", ws, id).then().statusCode(404);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items", hasSize(3));
    }
}
