package io.shequn.access;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessApiTest {

    private static String accessIdOf(String token, UUID ws, String subjectOrClient) {
        List<Map<String, Object>> items = Api.as(token).queryParam("limit", 200).get("/api/v1/workspaces/{ws}/access", ws)
                .then().statusCode(200).extract().path("items");
        return items.stream()
                .filter(i -> subjectOrClient.equals(i.get("subject")) || subjectOrClient.equals(i.get("clientId")))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();
    }

    @Test
    void ownerGrantsAPartnerClientWhichCanThenReadTheWorkspace() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        String bot = "bot-" + UUID.randomUUID();
        Api.as(owner.token()).body(Map.of("clientId", bot, "displayName", "群助手", "role", "integration"))
                .post("/api/v1/workspaces/{ws}/access", ws)
                .then().statusCode(201)
                .body("type", equalTo("client"))
                .body("clientId", equalTo(bot))
                .body("role", equalTo("integration"))
                .body("subject", nullValue());

        Api.as(Tokens.client(bot)).get("/api/v1/workspaces/{ws}", ws).then().statusCode(200).body("name", equalTo("Shop"));
        Api.as(Tokens.client(bot)).get("/api/v1/workspaces").then().statusCode(200)
                .body("items.role", hasItem("integration"));
        // integration is not a manager
        Api.as(Tokens.client(bot)).header("If-Match", "*").body(Map.of("name", "hacked"))
                .patch("/api/v1/workspaces/{ws}", ws).then().statusCode(403);
        // the same client id twice is a conflict
        Api.as(owner.token()).body(Map.of("clientId", bot, "role", "analyst"))
                .post("/api/v1/workspaces/{ws}/access", ws).then().statusCode(409);
        // a client is never owner
        Api.as(owner.token()).body(Map.of("clientId", "other-" + bot, "role", "owner"))
                .post("/api/v1/workspaces/{ws}/access", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/role"));
    }

    @Test
    void listsFilterByRoleAndTypeAndPage() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        Api.as(owner.token()).body(Map.of("clientId", "bot-" + UUID.randomUUID(), "role", "integration"))
                .post("/api/v1/workspaces/{ws}/access", ws).then().statusCode(201);

        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/access", ws).then().statusCode(200)
                .body("items", hasSize(3)).body("items.role", hasItems("owner", "operator", "integration"));
        Api.as(owner.token()).queryParam("role", "operator").get("/api/v1/workspaces/{ws}/access", ws).then()
                .body("items", hasSize(1)).body("items[0].subject", equalTo(op.subject()))
                .body("items[0].email", equalTo(op.email()));
        Api.as(owner.token()).queryParam("type", "client").get("/api/v1/workspaces/{ws}/access", ws).then()
                .body("items", hasSize(1)).body("items[0].type", equalTo("client"));
        var page1 = Api.as(owner.token()).queryParam("limit", 2).get("/api/v1/workspaces/{ws}/access", ws).then()
                .body("items", hasSize(2)).extract();
        Api.as(owner.token()).queryParam("limit", 2).queryParam("cursor", page1.<String>path("nextCursor"))
                .get("/api/v1/workspaces/{ws}/access", ws).then()
                .body("items", hasSize(1)).body("nextCursor", nullValue())
                .body("items.id", not(hasItems(page1.<List<String>>path("items.id").toArray())));
        Api.malformed(owner.token()).queryParam("role", "boss").get("/api/v1/workspaces/{ws}/access", ws).then()
                .statusCode(400).body("errors[0].parameter", equalTo("role"));
        Api.malformed(owner.token()).queryParam("limit", 201).get("/api/v1/workspaces/{ws}/access", ws).then()
                .statusCode(400).body("errors[0].parameter", equalTo("limit"));
        Api.malformed(owner.token()).queryParam("limit", "ten").get("/api/v1/workspaces/{ws}/access", ws).then()
                .statusCode(400).body("errors[0].parameter", equalTo("limit"));
        Api.malformed(owner.token()).queryParam("cursor", "not-a-cursor").get("/api/v1/workspaces/{ws}/access", ws).then()
                .statusCode(400).body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void ownerChangesRolesWithIfMatch() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String opAccess = accessIdOf(owner.token(), ws, op.subject());
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/access/{id}", ws, opAccess);

        Api.as(owner.token()).header("If-Match", etag).body(Map.of("role", "analyst"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess)
                .then().statusCode(200).body("role", equalTo("analyst"));
        // the analyst is read-only now
        Api.as(op.token()).get("/api/v1/workspaces/{ws}", ws).then().statusCode(200);
        Api.as(op.token()).header("If-Match", "*").body(Map.of("name", "x")).patch("/api/v1/workspaces/{ws}", ws)
                .then().statusCode(403).body("detail", containsString("analyst"));
        // stale ETag
        Api.as(owner.token()).header("If-Match", etag).body(Map.of("role", "admin"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess).then().statusCode(412);
        // missing If-Match
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("role", "admin"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess).then().statusCode(428);
    }

    @Test
    void adminsManageEveryoneButOwners() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var admin = Tokens.newUser("Admin");
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, admin, "admin");
        Fixtures.grant(admin, ws, op, "operator");
        String ownerAccess = accessIdOf(admin.token(), ws, owner.subject());
        String opAccess = accessIdOf(admin.token(), ws, op.subject());

        // an admin cannot demote an owner, promote to owner, or invite an owner
        Api.as(admin.token()).header("If-Match", "*").body(Map.of("role", "operator"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, ownerAccess).then().statusCode(403);
        Api.as(admin.token()).header("If-Match", "*").body(Map.of("role", "owner"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess).then().statusCode(403);
        Api.as(admin.token()).body(Map.of("email", "boss@example.com", "role", "owner"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(403);
        // an operator manages nobody
        Api.as(op.token()).body(Map.of("email", "friend@example.com", "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(403);
        Api.as(op.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/access/{id}", ws, ownerAccess)
                .then().statusCode(403);
        // but an admin removes an operator
        String etag = Fixtures.etag(admin.token(), "/api/v1/workspaces/{ws}/access/{id}", ws, opAccess);
        Api.as(admin.token()).header("If-Match", etag).delete("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess)
                .then().statusCode(204);
        Api.as(op.token()).get("/api/v1/workspaces/{ws}", ws).then().statusCode(404);
        Api.as(admin.token()).get("/api/v1/workspaces/{ws}/access/{id}", ws, opAccess).then().statusCode(404);
    }

    @Test
    void aWorkspaceKeepsAnOwner() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        String ownerAccess = accessIdOf(owner.token(), ws, owner.subject());
        Api.as(owner.token()).header("If-Match", "*").body(Map.of("role", "admin"))
                .patch("/api/v1/workspaces/{ws}/access/{id}", ws, ownerAccess)
                .then().statusCode(409).body("detail", containsString("owner"));
        Api.as(owner.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/access/{id}", ws, ownerAccess)
                .then().statusCode(409);

        // with a second owner the first may leave
        var second = Tokens.newUser("Second");
        Fixtures.grant(owner, ws, second, "owner");
        Api.as(owner.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/access/{id}", ws, ownerAccess)
                .then().statusCode(204);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}", ws).then().statusCode(404);
        Api.as(second.token()).get("/api/v1/workspaces/{ws}/access", ws).then().body("items", hasSize(1));
    }

    @Test
    void anyoneMayLeave() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        String mine = accessIdOf(analyst.token(), ws, analyst.subject());
        Api.as(analyst.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/access/{id}", ws, mine)
                .then().statusCode(204);
        Api.as(analyst.token()).get("/api/v1/workspaces").then().body("items.workspace.id", not(hasItem(ws.toString())));
    }
}
