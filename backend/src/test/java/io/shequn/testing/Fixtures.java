package io.shequn.testing;

import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

/** Records the tests build on, created through the API itself. */
public final class Fixtures {
    private Fixtures() {
    }

    public static UUID workspace(Tokens.User owner, String name) {
        String id = Api.as(owner.token())
                .body(Map.of("name", name))
                .post("/api/v1/workspaces")
                .then().statusCode(201)
                .extract().path("workspace.id");
        return UUID.fromString(id);
    }

    /** Invites a user and has them accept: they then hold the role. */
    public static void grant(Tokens.User owner, UUID workspaceId, Tokens.User user, String role) {
        String invitationId = Api.as(owner.token())
                .body(Map.of("email", user.email(), "role", role))
                .post("/api/v1/workspaces/{ws}/invitations", workspaceId)
                .then().statusCode(201)
                .extract().path("id");
        Api.as(user.token())
                .post("/api/v1/me/invitations/{id}/accept", invitationId)
                .then().statusCode(200).body("role", equalTo(role));
    }

    public static String etag(String token, String path, Object... params) {
        return Api.as(token).get(path, params).then().statusCode(200).extract().header("ETag");
    }
}
