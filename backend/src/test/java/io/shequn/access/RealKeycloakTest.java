package io.shequn.access;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.shequn.demo.DemoData;
import io.shequn.testing.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against the project's real Keycloak (started by the test command, realm deploy/keycloak/realm.json):
 * partner tools' client-credentials tokens are accepted, and a client without access to a
 * workspace gets 404 there.
 */
@QuarkusTest
@TestProfile(RealKeycloakTest.Profile.class)
@EnabledIfEnvironmentVariable(named = "SHEQUN_TEST_KEYCLOAK_URL", matches = "http.+")
class RealKeycloakTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", System.getenv("SHEQUN_TEST_KEYCLOAK_URL") + "/realms/shequn",
                    "quarkus.oidc.client-id", "shequn-backend",
                    "shequn.demo-data.enabled", "true");
        }
    }

    private static String clientToken(String clientId, String secret) {
        return RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(System.getenv("SHEQUN_TEST_KEYCLOAK_URL") + "/realms/shequn/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    @Test
    void aPartnerClientWithoutAccessGetsNotFound() {
        String other = clientToken("shequn-partner-other", "partner-other-secret");
        Api.as(other).get("/api/v1/me").then().statusCode(200)
                .body("type", equalTo("client")).body("clientId", equalTo("shequn-partner-other"));
        Api.as(other).get("/api/v1/workspaces/{ws}", DemoData.WORKSPACE_ID).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(other).get("/api/v1/workspaces/{ws}/access", DemoData.WORKSPACE_ID).then().statusCode(404);
    }

    @Test
    void theDemoPartnerClientReadsItsWorkspace() {
        String demo = clientToken("shequn-partner-demo", "partner-demo-secret");
        Api.as(demo).get("/api/v1/workspaces/{ws}", DemoData.WORKSPACE_ID).then().statusCode(200)
                .body("name", equalTo("小鹿母婴旗舰店"));
        Api.as(demo).get("/api/v1/workspaces").then().statusCode(200).body("items[0].role", equalTo("integration"));
    }
}
