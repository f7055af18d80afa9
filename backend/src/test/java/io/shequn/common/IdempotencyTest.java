package io.shequn.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void aRetriedCreateIsAppliedOnceAndAnswersTheSame() {
        var user = Tokens.newUser("Retry");
        String key = UUID.randomUUID().toString();
        Response first = Api.as(user.token()).header("Idempotency-Key", key).body(Map.of("name", "Once"))
                .post("/api/v1/workspaces").then().statusCode(201).extract().response();
        Response again = Api.as(user.token()).header("Idempotency-Key", key).body(Map.of("name", "Once"))
                .post("/api/v1/workspaces").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().response();
        assertEquals(first.<String>path("workspace.id"), again.path("workspace.id"));
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        Api.as(user.token()).get("/api/v1/workspaces").then().body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        var user = Tokens.newUser("Reuse");
        String key = UUID.randomUUID().toString();
        Api.as(user.token()).header("Idempotency-Key", key).body(Map.of("name", "First")).post("/api/v1/workspaces")
                .then().statusCode(201);
        Api.as(user.token()).header("Idempotency-Key", key).body(Map.of("name", "Second")).post("/api/v1/workspaces")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].header", equalTo("Idempotency-Key"));
        Api.as(user.token()).get("/api/v1/workspaces").then().body("items", hasSize(1)).body("items[0].workspace.name", equalTo("First"));
    }

    @Test
    void keysAreScopedToTheCaller() {
        var a = Tokens.newUser("A");
        var b = Tokens.newUser("B");
        String key = "shared-key-" + UUID.randomUUID();
        Api.as(a.token()).header("Idempotency-Key", key).body(Map.of("name", "A's")).post("/api/v1/workspaces").then().statusCode(201);
        Api.as(b.token()).header("Idempotency-Key", key).body(Map.of("name", "B's")).post("/api/v1/workspaces").then().statusCode(201)
                .body("workspace.name", equalTo("B's"));
    }

    @Test
    void aFailedRequestDoesNotUseUpTheKey() {
        var owner = Tokens.newUser("Owner");
        UUID ws = Fixtures.workspace(owner, "Shop");
        var op = Tokens.newUser("Op");
        Fixtures.grant(owner, ws, op, "operator");
        String key = UUID.randomUUID().toString();
        // 409: op already has access; nothing written, so the key stays free
        Api.as(owner.token()).header("Idempotency-Key", key).body(Map.of("email", op.email(), "role", "admin"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(409);
        Api.as(owner.token()).header("Idempotency-Key", key).body(Map.of("email", "new@example.com", "role", "admin"))
                .post("/api/v1/workspaces/{ws}/invitations", ws).then().statusCode(201);
    }

    @Test
    void concurrentDuplicatesCreateOneRecord() throws Exception {
        var user = Tokens.newUser("Racer");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> Api.as(user.token()).header("Idempotency-Key", key).body(Map.of("name", "Raced"))
                        .post("/api/v1/workspaces").then().extract().response());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                statuses.add(f.get().statusCode());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "only 201 or 409 (in flight): " + statuses);
            assertTrue(statuses.contains(201), statuses.toString());
        } finally {
            pool.shutdown();
        }
        Api.as(user.token()).get("/api/v1/workspaces").then().body("items", hasSize(1));
    }
}
