package io.shequn.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Any endpoint that cannot get a database connection answers 503 with Retry-After, not 500. */
@QuarkusTest
class DatabaseUnavailableTest {
    @Inject
    AgroalDataSource ds;

    @Test
    void aRequestThatGetsNoConnectionInTimeAnswers503AndTheNextOneWorks() throws SQLException {
        Tokens.User owner = Tokens.newUser("Owner of a busy shop");
        UUID ws = Fixtures.workspace(owner, "Busy shop");
        List<Connection> held = new ArrayList<>();
        try {
            // every connection of the pool is taken: the request waits its acquisition timeout (5 s) in vain
            for (int i = 0; i < ds.getConfiguration().connectionPoolConfiguration().maxSize(); i++) {
                held.add(ds.getConnection());
            }
            Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups", ws)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://shequn.io/problems/unavailable"))
                    .body("status", equalTo(503))
                    .body("errorId", nullValue());
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(200);
    }
}
