package io.shequn.access;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationApiTest {

    @Test
    void invitedUserSeesAndAcceptsTheInvitation() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "小鹿母婴");
        var mei = Tokens.newUser("Mei");
        String id = Api.as(owner.token()).body(Map.of("email", mei.email().toUpperCase(), "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws)
                .then().statusCode(201)
                .body("email", equalTo(mei.email()))
                .body("status", equalTo("pending"))
                .extract().path("id");

        Api.as(mei.token()).get("/api/v1/me/invitations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].workspaceName", equalTo("小鹿母婴"))
                .body("items[0].role", equalTo("operator"));
        Api.as(mei.token()).get("/api/v1/workspaces").then().body("items", hasSize(0));

        Api.as(mei.token()).post("/api/v1/me/invitations/{id}/accept", id).then().statusCode(200)
                .body("workspace.id", equalTo(ws.toString())).body("role", equalTo("operator"));
        // accepting again answers the same
        Api.as(mei.token()).post("/api/v1/me/invitations/{id}/accept", id).then().statusCode(200).body("role", equalTo("operator"));
        Api.as(mei.token()).get("/api/v1/me/invitations").then().body("items", hasSize(0));
        Api.as(mei.token()).get("/api/v1/workspaces").then().body("items[0].role", equalTo("operator"));
        Api.as(owner.token()).queryParam("status", "accepted").get("/api/v1/workspaces/{ws}/invitations", ws).then()
                .body("items[0].id", equalTo(id)).body("items[0].acceptedAt", notNullValue());
    }

    @Test
    void openingTheWorkspaceBindsAPendingInvitationOnFirstUse() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var li = Tokens.newUser("Li");
        Api.as(owner.token()).body(Map.of("email", li.email(), "role", "analyst"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(201);
        Api.as(li.token()).get("/api/v1/workspaces/{ws}", ws).then().statusCode(200);
        Api.as(li.token()).get("/api/v1/workspaces").then().body("items[0].role", equalTo("analyst"));
    }

    @Test
    void onlyAVerifiedEmailClaimsAnInvitation() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        String email = "unverified-" + UUID.randomUUID() + "@example.com";
        String id = Api.as(owner.token()).body(Map.of("email", email, "role", "admin"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(201).extract().path("id");
        String token = Tokens.user(UUID.randomUUID().toString(), email, false, "Sneaky");
        Api.as(token).get("/api/v1/me/invitations").then().body("items", hasSize(0));
        Api.as(token).post("/api/v1/me/invitations/{id}/accept", id).then().statusCode(404);
        Api.as(token).get("/api/v1/workspaces/{ws}", ws).then().statusCode(404);
        // and someone else's invitation is not mine
        Api.as(Tokens.newUser("Other").token()).post("/api/v1/me/invitations/{id}/accept", id).then().statusCode(404);
    }

    @Test
    void revokedInvitationsCannotBeUsed() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var zhang = Tokens.newUser("Zhang");
        String id = Api.as(owner.token()).body(Map.of("email", zhang.email(), "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(201).extract().path("id");
        // one pending invitation per email
        Api.as(owner.token()).body(Map.of("email", zhang.email(), "role", "admin"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(409);

        Api.malformed(owner.token()).delete("/api/v1/workspaces/{ws}/invitations/{id}", ws, id).then().statusCode(428);
        Api.as(owner.token()).header("If-Match", "\"stale\"").delete("/api/v1/workspaces/{ws}/invitations/{id}", ws, id)
                .then().statusCode(412);
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/invitations/{id}", ws, id);
        Api.as(owner.token()).header("If-Match", etag).delete("/api/v1/workspaces/{ws}/invitations/{id}", ws, id)
                .then().statusCode(204);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/invitations/{id}", ws, id).then().body("status", equalTo("revoked"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/invitations", ws).then().body("items.id", not(hasItem(id)));
        Api.as(owner.token()).header("If-Match", "*").delete("/api/v1/workspaces/{ws}/invitations/{id}", ws, id)
                .then().statusCode(409);

        Api.as(zhang.token()).post("/api/v1/me/invitations/{id}/accept", id).then().statusCode(409);
        Api.as(zhang.token()).get("/api/v1/workspaces/{ws}", ws).then().statusCode(404);
    }

    @Test
    void someoneWithAccessIsNotInvitedTwice() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        Api.as(owner.token()).body(Map.of("email", owner.email(), "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(409);
        Api.malformed(owner.token()).contentType("application/json").body(Map.of("email", "not-an-email", "role", "operator"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(400).body("errors[0].pointer", equalTo("/email"));
    }

    @Test
    void invitationsAreForManagersOnly() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        Api.as(op.token()).get("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(403);
    }

    @Test
    void meDescribesUsersAndClients() {
        var user = Tokens.newUser("Wang");
        Api.as(user.token()).get("/api/v1/me").then().statusCode(200)
                .body("type", equalTo("user")).body("subject", equalTo(user.subject()))
                .body("email", equalTo(user.email())).body("emailVerified", equalTo(true));
        Api.as(Tokens.client("youzan-bot")).get("/api/v1/me").then().statusCode(200)
                .body("type", equalTo("client")).body("clientId", equalTo("youzan-bot"));
        Api.as(Tokens.client("youzan-bot")).get("/api/v1/me/invitations").then().statusCode(200).body("items", hasSize(0));
    }
}
