package io.shequn.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
class MergeEraseReferralTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Merge shop");
    }

    private String member(String name, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("displayName", name);
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/members", ws)
                .then().statusCode(201).extract().path("id");
    }

    private String group(String name) {
        return Api.as(owner.token()).body(Map.of("name", name, "platform", "wechat")).post("/api/v1/workspaces/{ws}/groups", ws)
                .then().statusCode(201).extract().path("id");
    }

    private void join(String group, String member, String invitedBy) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member));
        if (invitedBy != null) body.put("invitedByMemberId", invitedBy);
        Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, group).then().statusCode(201);
    }

    @Test
    void mergedPeopleCountOnce() {
        String both = group("Both were here");
        String onlyAbsorbed = group("Only the duplicate");
        String survivor = member("小美", Map.of("identities", List.of(Map.of("platform", "wechat", "platformUserId", "wx-mei")),
                "tags", List.of("宝妈"), "points", 10));
        String duplicate = member("Mei (QQ)", Map.of("identities", List.of(Map.of("platform", "qq", "platformUserId", "556677")),
                "tags", List.of("复购"), "points", 5, "phone", "13700000000"));
        String friend = member("Friend", Map.of("invitedByMemberId", duplicate));
        join(both, survivor, null);
        join(both, duplicate, null);
        join(onlyAbsorbed, duplicate, null);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, both).then().body("memberCount", equalTo(2));

        Api.as(owner.token()).body(Map.of("memberId", duplicate)).post("/api/v1/workspaces/{ws}/members/{id}/merge", ws, survivor)
                .then().statusCode(200)
                .body("identities.platformUserId", containsInAnyOrder("wx-mei", "556677"))
                .body("tags", contains("宝妈", "复购"))
                .body("points", equalTo(15))
                .body("displayName", equalTo("小美"))
                .body("phone", equalTo("13700000000"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, both).then().body("memberCount", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, both).then().body("items.memberId", contains(survivor));
        Api.as(owner.token()).queryParam("state", "left").get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, both)
                .then().body("items[0].leftReason", equalTo("merged"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, onlyAbsorbed)
                .then().body("items.memberId", contains(survivor));
        Api.as(owner.token()).queryParam("platform", "qq").queryParam("platformUserId", "556677")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().body("id", equalTo(survivor));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, friend).then().body("invitedByMemberId", equalTo(survivor));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}", ws, duplicate).then().statusCode(404)
                .body("detail", containsString(survivor));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items.id", not(org.hamcrest.Matchers.hasItem(duplicate)));
        Api.as(owner.token()).queryParam("entityId", survivor).get("/api/v1/workspaces/{ws}/audit-log", ws)
                .then().body("items[0].action", equalTo("member.merged"))
                .body("items[0].details.absorbedMemberId", equalTo(duplicate))
                .body("items[0].details.identities", contains("qq:556677"));

        // merging twice is harmless
        Api.as(owner.token()).body(Map.of("memberId", duplicate)).post("/api/v1/workspaces/{ws}/members/{id}/merge", ws, survivor)
                .then().statusCode(200).body("points", equalTo(15));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, both).then().body("memberCount", equalTo(1));
    }

    @Test
    void aMemberIsNotMergedIntoItself() {
        String m = member("Solo", Map.of());
        Api.as(owner.token()).body(Map.of("memberId", m)).post("/api/v1/workspaces/{ws}/members/{id}/merge", ws, m)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/memberId"));
        Api.as(owner.token()).body(Map.of("memberId", UUID.randomUUID())).post("/api/v1/workspaces/{ws}/members/{id}/merge", ws, m)
                .then().statusCode(404);
    }

    @Test
    void erasureRemovesPersonalDataAndKeepsCounts() {
        String g = group("Erasure");
        String m = member("王女士", Map.of("identities", List.of(Map.of("platform", "wechat", "platformUserId", "wx-wang")),
                "phone", "13611112222", "notes", "地址: 杭州", "attributes", Map.of("city", "杭州"), "tags", List.of("vip")));
        join(g, m, null);
        Api.as(owner.token()).post("/api/v1/workspaces/{ws}/members/{id}/erase", ws, m).then().statusCode(200)
                .body("displayName", nullValue()).body("phone", nullValue()).body("notes", nullValue())
                .body("attributes", nullValue()).body("identities", empty()).body("tags", empty());
        Api.as(owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-wang")
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(404);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(1));
        Api.as(owner.token()).queryParam("entityId", m).get("/api/v1/workspaces/{ws}/audit-log", ws).then()
                .body(not(containsString("13611112222"))).body(not(containsString("wx-wang")))
                .body("items[0].action", equalTo("member.erased"));
        // the identity is free for a new member record
        member("New", Map.of("identities", List.of(Map.of("platform", "wechat", "platformUserId", "wx-wang"))));
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        Api.as(op.token()).post("/api/v1/workspaces/{ws}/members/{id}/erase", ws, m).then().statusCode(403);
    }

    @Test
    void referralTreesAndRankings() {
        String root = member("KOC 小红", Map.of());
        String a = member("A", Map.of("invitedByMemberId", root));
        String b = member("B", Map.of("invitedByMemberId", root));
        String a1 = member("A1", Map.of("invitedByMemberId", a));
        member("Lonely", Map.of());
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members/{id}/invitees", ws, root).then().statusCode(200)
                .body("invitees.id", contains(a, b)).body("invitees[0].invitees", empty()).body("truncated", equalTo(false));
        Api.as(owner.token()).queryParam("depth", 2).get("/api/v1/workspaces/{ws}/members/{id}/invitees", ws, root).then()
                .body("invitees[0].invitees.id", contains(a1)).body("invitees[1].invitees", empty());
        Api.malformed(owner.token()).queryParam("depth", 9).get("/api/v1/workspaces/{ws}/members/{id}/invitees", ws, root).then()
                .statusCode(400).body("errors[0].parameter", equalTo("depth"));

        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/referrals", ws).then().statusCode(200)
                .body("items.memberId", contains(root, a)).body("items.acceptedInvites", contains(2, 1));
        String g = group("Referral group");
        join(g, a1, a);
        join(g, b, a);
        Api.as(owner.token()).queryParam("groupId", g).get("/api/v1/workspaces/{ws}/referrals", ws).then()
                .body("groupId", equalTo(g)).body("items", hasSize(1))
                .body("items[0].memberId", equalTo(a)).body("items[0].acceptedInvites", equalTo(2));
    }
}
