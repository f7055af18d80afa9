package io.shequn.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** What the engineer running Shequn watches: health with the database check, Prometheus metrics. */
@QuarkusTest
class OperationsEndpointsTest {
    @Test
    void healthReportsTheDatabase() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        RestAssured.given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void metricsArePrometheusText() {
        RestAssured.given().get("/api/v1/workspaces").then().statusCode(401);
        RestAssured.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
