package io.shequn.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberApiTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Members shop");
    }

    private String member(Map<String, Object> body) {
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> identity(String platform, String id) {
        return Map.of("platform", platform, "platformUserId", id);
    }

    @Test
    void createsAMemberAndFindsThemByIdentity() {
        String referrer = member(Map.of("displayName", "老顾客"));
        String id = Api.as(owner.token())
                .body(Map.of("displayName", "小鹿妈妈", "identities", List.of(identity("wechat", "wx-001"), identity("qq", "10001")),
                        "tags", List.of("宝妈", "复购"), "tier", "gold", "points", 120, "sourceChannel", "package_card",
                        "invitedByMemberId", referrer, "phone", "13812345678", "notes", "喜欢有机奶粉",
                        "attributes", Map.of("babyAgeMonths", 8, "city", "杭州")))
                .post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201)
                .body("identities", hasSize(2))
                .body("tags", contains("宝妈", "复购"))
                .body("attributes.city", equalTo("杭州"))
                .body("phone", equalTo("13812345678"))
                .extract().path("id");
        Api.as(owner.token()).queryParam("platform", "qq").queryParam("platformUserId", "10001")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws)
                .then().statusCode(200).body("id", equalTo(id)).body("invitedByMemberId", equalTo(referrer));
        Api.as(owner.token()).queryParam("platform", "qq").queryParam("platformUserId", "nobody")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(404);
        Api.malformed(owner.token()).queryParam("platform", "icq").queryParam("platformUserId", "1")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("platform"));
    }

    @Test
    void anIdentityBelongsToOneMember() {
        String first = member(Map.of("displayName", "A", "identities", List.of(identity("wechat", "wx-dup"))));
        Api.as(owner.token()).body(Map.of("displayName", "B", "identities", List.of(identity("wechat", "wx-dup"))))
                .post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(409).body("errors[0].pointer", equalTo("/identities/0/platformUserId"))
                .body("detail", containsString(first));
        // nothing of the refused member was written
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items", hasSize(1));

        String second = member(Map.of("displayName", "B"));
        Api.as(owner.token()).body(identity("wechat", "wx-dup"))
                .post("/api/v1/workspaces/{ws}/members/{id}/identities", ws, second).then().statusCode(409);
        Api.as(owner.token()).body(identity("wecom", "wm-b"))
                .post("/api/v1/workspaces/{ws}/members/{id}/identities", ws, second).then().statusCode(200)
                .body("identities.platformUserId", contains("wm-b"));
        // adding it again changes nothing
        Api.as(owner.token()).body(identity("wecom", "wm-b"))
                .post("/api/v1/workspaces/{ws}/members/{id}/identities", ws, second).then().statusCode(200)
                .body("identities", hasSize(1));
    }

    @Test
    void analystsSeeMaskedPhones() {
        String id = member(Map.of("displayName", "C", "phone", "+86 138-1234-5678"));
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, id).then().body("phone", equalTo("861****5678"));
        Api.as(analyst.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items[0].phone", equalTo("861****5678"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, id).then().body("phone", equalTo("+86 138-1234-5678"));
        Api.as(analyst.token()).body(Map.of("displayName", "x")).post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(403);
    }

    @Test
    void updatesWithIfMatchAndAuditsWithoutPersonalValues() {
        String id = member(Map.of("displayName", "D", "phone", "13900000000"));
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{id}", ws, id);
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("phone", "", "tier", "silver", "tags", List.of("vip")))
                .patch("/api/v1/workspaces/{ws}/members/{id}", ws, id)
                .then().statusCode(200).body("phone", nullValue()).body("tier", equalTo("silver"));
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("tier", "bronze"))
                .patch("/api/v1/workspaces/{ws}/members/{id}", ws, id).then().statusCode(412);
        Api.as(owner.token()).queryParam("entityId", id).get("/api/v1/workspaces/{ws}/audit-log", ws)
                .then().statusCode(200)
                .body("items[0].action", equalTo("member.updated"))
                .body("items[0].details.fields", org.hamcrest.Matchers.hasItems("tier", "tags", "phone"))
                .body(org.hamcrest.Matchers.not(containsString("13900000000")))
                .body("items[1].action", equalTo("member.created"));
    }

    @Test
    void badInputNamesTheField() {
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("phone", "call me"))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/phone"));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("points", -5))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/points"));
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("sourceChannel", "tiktok"))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/sourceChannel"));
        Api.malformed(owner.token()).contentType("application/json")
                .body(Map.of("identities", List.of(Map.of("platform", "wechat", "platformUserId", ""))))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/identities/0/platformUserId"));
        Api.as(owner.token()).body(Map.of("attributes", Map.of("blob", "x".repeat(5000))))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/attributes"));
        Api.as(owner.token()).body(Map.of("invitedByMemberId", UUID.randomUUID()))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/invitedByMemberId"));
    }

    @Test
    void listFilters() {
        var groups = "/api/v1/workspaces/{ws}/groups";
        String g = Api.as(owner.token()).body(Map.of("name", "VIP", "platform", "wechat")).post(groups, ws)
                .then().statusCode(201).extract().path("id");
        String a = member(Map.of("displayName", "Anna", "tags", List.of("vip", "宝妈"), "tier", "gold", "sourceChannel", "referral"));
        String b = member(Map.of("displayName", "Bob", "tags", List.of("vip"), "identities", List.of(identity("qq", "778899"))));
        String c = member(Map.of("displayName", "Cindy", "staff", true));
        Api.as(owner.token()).body(Map.of("memberId", b)).post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g)
                .then().statusCode(201);
        var members = "/api/v1/workspaces/{ws}/members";
        Api.as(owner.token()).queryParam("tag", "vip").get(members, ws).then().body("items.id", contains(a, b));
        Api.as(owner.token()).queryParam("tag", "vip").queryParam("tag", "宝妈").get(members, ws).then().body("items.id", contains(a, b));
        Api.as(owner.token()).queryParam("tag", "vip").queryParam("tag", "宝妈").queryParam("tagMode", "all").get(members, ws)
                .then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("tier", "gold").get(members, ws).then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("channel", "referral").get(members, ws).then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("groupId", g).get(members, ws).then().body("items.id", contains(b));
        Api.as(owner.token()).queryParam("staff", true).get(members, ws).then().body("items.id", contains(c));
        Api.as(owner.token()).queryParam("q", "ann").get(members, ws).then().body("items.id", contains(a));
        Api.as(owner.token()).queryParam("q", "778899").get(members, ws).then().body("items.id", contains(b));
        Api.as(owner.token()).queryParam("silentDays", 7).get(members, ws).then().body("items", hasSize(3));
        Api.as(owner.token()).queryParam("limit", 2).get(members, ws).then().body("items.id", contains(a, b));
        String hourAgo = java.time.OffsetDateTime.now().minusHours(1).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String inAnHour = java.time.OffsetDateTime.now().plusHours(1).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        Api.as(owner.token()).queryParam("joinedFrom", hourAgo).queryParam("joinedTo", inAnHour).get(members, ws)
                .then().body("items", hasSize(3));
        Api.as(owner.token()).queryParam("joinedFrom", inAnHour).get(members, ws).then().body("items", hasSize(0));
        Api.as(owner.token()).queryParam("joinedTo", hourAgo).get(members, ws).then().body("items", hasSize(0));
        Api.malformed(owner.token()).queryParam("joinedFrom", "yesterday").get(members, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("joinedFrom"));
        Api.malformed(owner.token()).queryParam("tagMode", "some").get(members, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("tagMode"));
        Api.malformed(owner.token()).queryParam("silentDays", 0).get(members, ws).then().statusCode(400)
                .body("errors[0].parameter", equalTo("silentDays"));
    }
}
