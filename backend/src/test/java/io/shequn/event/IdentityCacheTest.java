package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingestion path remembers which member an identity stands for (member.IdentityCache). Each
 * change to that answer must reach the next event at once: a merge (the identity now stands for
 * the survivor), a change of the staff flag, an erasure (the identity names nobody any more).
 */
@QuarkusTest
class IdentityCacheTest {
    @Inject
    AgroalDataSource ds;
    private EventTestData d;
    private String g;

    @BeforeEach
    void setUp() {
        d = new EventTestData("Identity cache shop");
        g = d.group("缓存群", "wx-room-cache", 350);
    }

    /** Pushes a message of the identity, answers the member it was stored under. */
    private String push(String eventId, String userId) {
        return Api.as(d.bot).body(event("message", eventId, g, userId, minutesAgo(2)))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201).extract().path("memberId");
    }

    @Test
    void aMergeSendsTheNextEventsOfTheAbsorbedIdentityToTheSurvivor() {
        String absorbed = push("c-1", "wx-twin-a");
        assertEquals(absorbed, push("c-2", "wx-twin-a"), "the same person twice (the second from the cache)");
        String survivor = push("c-3", "wx-twin-b");
        Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, survivor).then().statusCode(200);
        assertEquals(survivor, push("c-4", "wx-twin-a"), "after the merge, the identity stands for the survivor");
    }

    @Test
    void aStaffFlagSetAfterwardsMarksTheNextEvents() throws Exception {
        String member = push("s-1", "wx-helper");
        push("s-2", "wx-helper");
        String etag = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}", d.ws, member)
                .then().statusCode(200).extract().header("ETag");
        Api.as(d.owner.token()).header("If-Match", etag).body(Map.of("staff", true))
                .patch("/api/v1/workspaces/{ws}/members/{m}", d.ws, member).then().statusCode(200);
        push("s-3", "wx-helper");
        assertEquals(false, staff("s-2"), "before the flag");
        assertEquals(true, staff("s-3"), "the event after the flag is a staff event (left out of the member figures)");
    }

    @Test
    void anErasedIdentityBringsANewMemberNextTime() {
        String before = push("e-1", "wx-gone");
        push("e-2", "wx-gone");
        Api.as(d.owner.token()).post("/api/v1/workspaces/{ws}/members/{id}/erase", d.ws, before).then().statusCode(200);
        assertNotEquals(before, push("e-3", "wx-gone"), "the identity was erased: its next event creates a new member");
    }

    /**
     * A batch that resolved the absorbed member before the merge and commits after it must not
     * leave its events or memberships under the absorbed member: the merge waits for it, then
     * moves them too.
     */
    @Test
    void aMergeWaitsForABatchInFlightAndMovesItsEventsToo() throws Exception {
        String absorbed = push("m-1", "wx-late-a");
        String survivor = push("m-2", "wx-late-b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection other = ds.getConnection()) {
            // another transaction holds a new identity uncommitted: the batch, having resolved
            // wx-late-a (to the absorbed member), waits on it while creating wx-late-new
            other.setAutoCommit(false);
            String stranger = UUID.randomUUID().toString();
            update(other, "insert into member (workspace_id, member_id, created_at, updated_at) values (?::uuid, ?::uuid, now(), now())",
                    d.ws, stranger);
            update(other, "insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)"
                    + " values (?::uuid, 'wechat', 'wx-late-new', ?::uuid, now())", d.ws, stranger);
            Future<Integer> batch = pool.submit(() -> Api.as(d.bot).urlEncodingEnabled(false)
                    .body(batch(List.of(event("joined", "m-3", g, "wx-late-a", minutesAgo(1)),
                            event("message", "m-4", g, "wx-late-new", minutesAgo(1)))))
                    .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200).extract().<Integer>path("accepted"));
            assertTrue(waitFor("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted"
                    + " and a.query ilike 'copy member_identity%'"), "the batch is in flight, waiting on the other transaction");
            Future<Integer> merge = pool.submit(() -> Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                    .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, survivor).then().extract().statusCode());
            assertTrue(waitFor("select count(*) from pg_locks where locktype = 'advisory' and classid = 21106 and not granted"),
                    "the merge waits for the batch in flight");
            assertFalse(merge.isDone(), "the merge has not committed while the batch is in flight");
            other.commit();
            assertEquals(2, batch.get(30, TimeUnit.SECONDS));
            assertEquals(200, merge.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select member_id from event where workspace_id = ? and platform_event_id = 'm-3'")) {
            ps.setObject(1, d.ws);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(survivor, rs.getString(1), "the batch's event of the absorbed identity belongs to the survivor");
            }
        }
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, survivor).then().statusCode(200)
                .body("items.platformEventId", hasItems("m-1", "m-2", "m-3"));
        // and the membership the batch's join opened
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select member_id from membership where workspace_id = ? and group_id = ?::uuid"
                     + " and left_at is null")) {
            ps.setObject(1, d.ws);
            ps.setString(2, g);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> members = new java.util.ArrayList<>();
                while (rs.next()) {
                    members.add(rs.getString(1));
                }
                assertTrue(members.contains(survivor) && !members.contains(absorbed), "the group's current members: " + members);
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Polls a count until it is above zero, for up to 10 s. */
    private boolean waitFor(String countSql) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(countSql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return true;
                }
            }
            Thread.sleep(50);
        }
        return false;
    }

    private boolean staff(String platformEventId) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select staff from event where workspace_id = ? and platform_event_id = ?")) {
            ps.setObject(1, d.ws);
            ps.setString(2, platformEventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
