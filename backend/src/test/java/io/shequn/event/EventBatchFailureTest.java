package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.shequn.testing.Api;
import io.shequn.testing.Sql;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database going away in the middle of an ingestion: a trigger makes the server's own
 * connection die when a marked event is inserted, as when PostgreSQL is stopped or the network
 * drops. The caller gets a 503 to retry, nothing of the request is stored, and the retry stores
 * everything exactly once.
 */
@QuarkusTest
class EventBatchFailureTest {
    private static final String MARKER = "kill-";

    @Inject
    AgroalDataSource ds;
    private EventTestData d;
    private String g;

    @BeforeEach
    void setUp() throws SQLException {
        d = new EventTestData("Failure shop");
        g = d.group("福利群 9", "wx-room-9", 350);
        exec("create or replace function test_kill_on_marker() returns trigger language plpgsql as $$"
                + " begin if new.platform_event_id like '" + MARKER + "%' then perform pg_terminate_backend(pg_backend_pid());"
                + " end if; return null; end $$");
        exec("create trigger test_kill_on_marker after insert on event for each row execute function test_kill_on_marker()");
    }

    /** The connection dies at COMMIT instead: the trigger waits for the end of the transaction. */
    private void killAtCommit() throws SQLException {
        exec("drop trigger test_kill_on_marker on event");
        exec("create constraint trigger test_kill_on_marker after insert on event deferrable initially deferred"
                + " for each row execute function test_kill_on_marker()");
    }

    @AfterEach
    void dropTrigger() throws SQLException {
        exec("drop trigger if exists test_kill_on_marker on event");
        exec("drop function if exists test_kill_on_marker()");
    }

    @Test
    void aBatchWhoseConnectionDiesStoresNothingAndItsRetryStoresEverything() throws SQLException {
        member("wx-ann");
        member("wx-bo");
        Instant at = minutesAgo(20);
        List<Map<String, Object>> items = List.of(
                event("joined", "j-ann", g, "wx-ann", at),
                event("joined", "j-bo", g, "wx-bo", at),
                event("order_placed", "o-1", g, "wx-ann", at.plusSeconds(60), "amount", 1990),
                event("message", MARKER + "m-2", g, "wx-bo", at.plusSeconds(120)),
                event("check_in", "c-3", g, "wx-bo", at.plusSeconds(180)));

        unavailable(Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws));
        assertStored(0);
        assertEquals(0, count("select count(*) from membership where workspace_id = ?"));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().statusCode(200).body("memberCount", equalTo(0));
        everyPooledConnectionWorks();

        dropTrigger();
        var r = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(5, (int) r.path("accepted"));
        assertEquals(0, (int) r.path("duplicates"));
        assertEquals(List.of("accepted", "accepted", "accepted", "accepted", "accepted"), r.path("items.status"));
        assertStored(5);
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().statusCode(200).body("memberCount", equalTo(2));
        // and once more: each item is now a duplicate of its stored event
        var again = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(5, (int) again.path("duplicates"));
        assertEquals((List<?>) r.path("items.eventId"), again.path("items.eventId"));
        assertStored(5);
    }

    @Test
    void aBatchWhoseConnectionDiesAtCommitStoresNothingAndItsRetryStoresEverything() throws SQLException {
        killAtCommit();
        member("wx-eve");
        Instant at = minutesAgo(15);
        List<Map<String, Object>> items = List.of(
                event("message", "q-1", g, "wx-eve", at),
                event("message", MARKER + "q-2", g, "wx-eve", at.plusSeconds(1)));

        unavailable(Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws));
        assertStored(0);
        everyPooledConnectionWorks();

        dropTrigger();
        var r = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(2, (int) r.path("accepted"));
        assertStored(2);
    }

    @Test
    void aSingleEventWhoseConnectionDiesIsNotStoredAndItsKeyIsNotSpent() throws SQLException {
        member("wx-cai");
        Map<String, Object> e = event("order_placed", MARKER + "o-9", g, "wx-cai", minutesAgo(5), "amount", 4990);
        String key = "retry-" + UUID.randomUUID();

        unavailable(Api.as(d.bot).header("Idempotency-Key", key).body(e).post("/api/v1/workspaces/{ws}/events", d.ws));
        assertStored(0);
        assertEquals(0, count("select count(*) from idempotency_record where workspace_id = ?"));
        everyPooledConnectionWorks();

        dropTrigger();
        // the same key runs the request now: the 503 was not kept as its answer
        String id = Api.as(d.bot).header("Idempotency-Key", key).body(e).post("/api/v1/workspaces/{ws}/events", d.ws)
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).body("amount", equalTo(4990))
                .extract().path("id");
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/events/{id}", d.ws, id).then().statusCode(200)
                .body("platformEventId", equalTo(MARKER + "o-9"));
        assertStored(1);
    }

    @Test
    void aFailedBatchWithANewPersonStoresNoEventAndItsRetryMakesOneMember() throws SQLException {
        member("wx-dan");
        Instant at = minutesAgo(8);
        List<Map<String, Object>> items = List.of(
                event("message", "n-1", g, "wx-newcomer", at),
                event("message", MARKER + "n-2", g, "wx-dan", at.plusSeconds(5)));

        unavailable(Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws));
        assertStored(0);

        dropTrigger();
        var r = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(2, (int) r.path("accepted"));
        assertStored(2);
        // one member for the newcomer, whatever the failed attempt left: its events and first/last seen are on it
        Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", "wx-newcomer")
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200)
                .body("firstSeenAt", equalTo(at.toString()));
        assertEquals(1, count("select count(*) from member_identity where workspace_id = ? and platform_user_id = 'wx-newcomer'"));
        assertEquals(2, count("select count(*) from member where workspace_id = ?"));
    }

    private static void unavailable(io.restassured.response.Response response) {
        ValidatableResponse r = response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://shequn.io/problems/unavailable"))
                .body("status", equalTo(503))
                .body("title", equalTo("Service temporarily unavailable"))
                .body("errorId", nullValue());
        // nothing of the driver's or the database's own words reaches the caller
        r.body(not(containsString("PSQL")))
                .body("detail", allOf(not(containsString("terminat")), not(containsString("SQL")), not(containsString("Exception"))));
    }

    private void member(String wechatId) {
        Api.as(d.owner.token()).body(Map.of("displayName", wechatId, "identities",
                        List.of(Map.of("platform", "wechat", "platformUserId", wechatId))))
                .post("/api/v1/workspaces/{ws}/members", d.ws).then().statusCode(201);
    }

    private void assertStored(int events) throws SQLException {
        assertEquals(events, count("select count(*) from event where workspace_id = ?"), "events stored");
        assertEquals(events, count("select count(*) from event_key where workspace_id = ?"), "event keys stored");
    }

    /**
     * The pool dropped the dead connection: nearly as many connections as it may hold all answer
     * (a few are left to the background jobs, which would otherwise make this wait).
     */
    private void everyPooledConnectionWorks() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < ds.getConfiguration().connectionPoolConfiguration().maxSize() - 4; i++) {
                Connection c = ds.getConnection();
                held.add(c);
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1")) {
                    r.next();
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    private long count(String query) throws SQLException {
        return Sql.count(ds, query, d.ws);
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
