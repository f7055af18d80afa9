package io.shequn.common;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of bad request answers RFC 9457 problem+json naming what is wrong, and never leaks internals. */
@QuarkusTest
class ProblemDetailsTest {
    private static final String PROBLEM = "application/problem+json";
    private final Tokens.User user = Tokens.newUser("Tester");

    private io.restassured.response.ValidatableResponse createWith(String json) {
        return Api.malformed(user.token()).contentType("application/json").body(json).post("/api/v1/workspaces")
                .then().contentType(PROBLEM);
    }

    @Test
    void malformedJson() {
        createWith("{\"name\": \"x\",").statusCode(400)
                .body("type", equalTo("https://shequn.io/problems/malformed-request"))
                .body("title", notNullValue())
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/workspaces"));
        createWith("{\"name\": \"x\"} trailing").statusCode(400);
    }

    @Test
    void wrongTypes() {
        createWith("{\"name\": 5}").statusCode(400).body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", containsString("string"));
        createWith("{\"name\": [\"a\"]}").statusCode(400).body("errors[0].pointer", equalTo("/name"));
        createWith("{\"name\": {\"zh\": \"a\"}}").statusCode(400).body("errors[0].pointer", equalTo("/name"));
        createWith("[]").statusCode(400);
        createWith("\"just a string\"").statusCode(400);
    }

    @Test
    void unknownFields() {
        createWith("{\"name\": \"x\", \"colour\": \"red\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/colour"))
                .body("errors[0].detail", equalTo("unknown field"));
    }

    @Test
    void unknownEnumValues() {
        UUID ws = Fixtures.workspace(user, "Enum shop");
        Api.malformed(user.token()).contentType("application/json").body("{\"email\": \"a@example.com\", \"role\": \"boss\"}")
                .post("/api/v1/workspaces/{ws}/invitations", ws)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/role"))
                .body("errors[0].detail", allOf(containsString("owner"), containsString("integration")));
    }

    @Test
    void missingFieldsAndBody() {
        createWith("{}").statusCode(400).body("errors[0].pointer", equalTo("/name"));
        createWith("{\"name\": null}").statusCode(400).body("errors[0].pointer", equalTo("/name"));
        Api.malformed(user.token()).contentType("application/json").post("/api/v1/workspaces")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void tooLongStrings() {
        createWith("{\"name\": \"" + "长".repeat(101) + "\"}").statusCode(400)
                .body("errors[0].pointer", equalTo("/name"))
                .body("errors[0].detail", containsString("100"));
        Api.malformed(user.token()).contentType("application/json").header("Idempotency-Key", "k".repeat(256))
                .body(Map.of("name", "x")).post("/api/v1/workspaces")
                .then().statusCode(400).body("errors[0].header", equalTo("Idempotency-Key"));
    }

    @Test
    void severalErrorsAtOnce() {
        createWith("{\"name\": \"\", \"timeZone\": \"\", \"currency\": \"yuan\"}").statusCode(400)
                .body("errors.pointer", org.hamcrest.Matchers.hasItems("/name", "/timeZone", "/currency"));
    }

    @Test
    void unauthenticated() {
        Api.malformed(null).get("/api/v1/workspaces").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://shequn.io/problems/unauthorized"));
        Api.malformed("not.a.jwt").get("/api/v1/workspaces").then().statusCode(401).contentType(PROBLEM);
        Api.malformed(Tokens.expired(UUID.randomUUID().toString())).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
        Api.malformed(null).contentType("application/json").body(Map.of("name", "x")).post("/api/v1/workspaces")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unknownPathsAndIds() {
        Api.malformed(user.token()).get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
        Api.malformed(user.token()).get("/api/v1/workspaces/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void methodNotAllowed() {
        Api.malformed(user.token()).contentType("application/json").body("{}").put("/api/v1/workspaces")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
    }

    @Test
    void notAcceptable() {
        Api.malformed(user.token()).accept("application/xml").get("/api/v1/workspaces")
                .then().statusCode(406).body("status", equalTo(406));
    }

    @Test
    void unsupportedMediaType() {
        Api.malformed(user.token()).contentType("text/plain").body("name=x").post("/api/v1/workspaces")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void unexpectedErrorsHideInternals() {
        RestAssured.given().get("/test-support/failure")
                .then().statusCode(500).contentType(PROBLEM)
                .body("type", equalTo("https://shequn.io/problems/internal"))
                .body("errorId", notNullValue())
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at io.shequn")));
    }
}
