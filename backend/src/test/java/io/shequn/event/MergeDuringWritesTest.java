package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.member.MemberImportTest;
import io.shequn.testing.Api;
import io.shequn.testing.Sql;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A merge that commits while an ingestion batch, a member import chunk or an API join is in
 * flight, after that writer read the absorbed member: the merge waits for the writer
 * (member.IdentityLock) and then moves what it stored, so nothing is left under the absorbed
 * member. Each writer is held in flight by another transaction holding a row it needs
 * uncommitted, as another replica's writer would. Batches that arrive during a merge wait for
 * it without taking the replica's writer slots from other workspaces.
 */
@QuarkusTest
class MergeDuringWritesTest {
    @Inject
    AgroalDataSource ds;
    private EventTestData d;
    private String g;
    private String absorbed;
    private String survivor;

    @BeforeEach
    void setUp() {
        d = new EventTestData("Merge during writes shop");
        g = d.group("合并群", "wx-room-merge", 350);
        absorbed = push("p-1", "wx-twin-a");
        survivor = push("p-2", "wx-twin-b");
    }

    /** Pushes a message of the identity, answers the member it was stored under. */
    private String push(String eventId, String userId) {
        return Api.as(d.bot).body(event("message", eventId, g, userId, minutesAgo(2)))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201).extract().path("memberId");
    }

    @Test
    void aBatchInFlightHasItsEventAndMembershipMoved() throws Exception {
        mergeWhileHeld(this::holdNewcomer, "copy member_identity%", true, () -> Api.as(d.bot).urlEncodingEnabled(false)
                .body(batch(List.of(event("joined", "p-3", g, "wx-twin-a", minutesAgo(1)),
                        event("message", "p-4", g, "wx-newcomer", minutesAgo(1)))))
                .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().statusCode(200).extract().<Integer>path("accepted"),
                accepted -> assertEquals(2, accepted));
        assertEquals(survivor, Sql.text(ds, "select member_id::text from event where workspace_id = ? and platform_event_id = 'p-3'", d.ws),
                "the batch's event of the absorbed identity belongs to the survivor");
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}/events", d.ws, survivor).then().statusCode(200)
                .body("items.platformEventId", hasItems("p-1", "p-2", "p-3"));
        assertCurrentMembersAreTheSurvivorNotTheAbsorbed();
    }

    @Test
    void anImportChunkInFlightHasItsMembershipMoved() throws Exception {
        String csv = "platform,platform_user_id,display_name,phone,tags,tier,points,source_channel,notes,platform_group_id,group_role,invited_by_platform_user_id\r\n"
                + "wechat,wx-twin-a,,,,,,,,wx-room-merge,,\r\n"
                + "wechat,wx-newcomer,,,,,,,,,,\r\n";
        // the chunk's identity insert waits for the other transaction, which then rolls back: the
        // chunk goes on with the absorbed member it resolved before the merge
        mergeWhileHeld(this::holdNewcomer, "insert into member_identity%", false, () -> MemberImportTest.await(d.owner.token(), d.ws,
                MemberImportTest.upload(d.owner.token(), d.ws, csv, 202)).getString("status"),
                status -> assertEquals("succeeded", status));
        assertCurrentMembersAreTheSurvivorNotTheAbsorbed();
    }

    @Test
    void anApiJoinInFlightHasItsMembershipMoved() throws Exception {
        // another transaction holds the same membership uncommitted: the join, past its checks of
        // the absorbed member, waits on it at its insert; the other transaction then rolls back
        mergeWhileHeld(other -> Sql.exec(other, "insert into membership (workspace_id, membership_id, group_id, member_id, role,"
                        + " joined_at) values (?::uuid, ?::uuid, ?::uuid, ?::uuid, 'member', now())", d.ws, UUID.randomUUID(), g, absorbed),
                "insert into membership%", false, () -> Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                        .post("/api/v1/workspaces/{ws}/groups/{g}/memberships", d.ws, g).then().extract().statusCode(),
                status -> assertEquals(201, status));
        assertCurrentMembersAreTheSurvivorNotTheAbsorbed();
    }

    @Test
    void aMergeHoldsUpItsOwnWorkspaceOnly() throws Exception {
        EventTestData other = new EventTestData("Merge bystander shop");
        String otherGroup = other.group("旁观群", "wx-room-bystander", 350);
        ExecutorService pool = Executors.newFixedThreadPool(5); // the merge, three batches, the bystander
        try (Connection rows = ds.getConnection()) {
            // the merge takes the identity lock, then waits for these member rows
            rows.setAutoCommit(false);
            Sql.exec(rows, "select 1 from member where workspace_id = ? and member_id in (?::uuid, ?::uuid) for update", d.ws, absorbed, survivor);
            Future<Integer> merge = pool.submit(() -> Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                    .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, survivor).then().extract().statusCode());
            assertTrue(Sql.eventually(ds, "select count(*) from pg_locks where locktype = 'advisory' and classid = 21106"
                    + " and mode = 'ExclusiveLock' and granted"), "the merge runs, holding the identity lock");
            // more batches of the merging workspace than the replica has writer slots (2)
            List<Future<Integer>> held = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String id = "p-held-" + i;
                held.add(pool.submit(() -> Api.as(d.bot).urlEncodingEnabled(false)
                        .body(batch(List.of(event("message", id, g, "wx-twin-a", minutesAgo(1)))))
                        .post("/api/v1/workspaces/{ws}/events:batch", d.ws).then().extract().statusCode()));
            }
            Thread.sleep(1000);
            Future<Integer> bystander = pool.submit(() -> Api.as(other.bot).urlEncodingEnabled(false)
                    .body(batch(List.of(event("message", "b-1", otherGroup, "wx-bystander", minutesAgo(1)))))
                    .post("/api/v1/workspaces/{ws}/events:batch", other.ws).then().extract().statusCode());
            // before the fix it waited for a writer slot held by the merging workspace's batches
            assertEquals(200, bystander.get(10, TimeUnit.SECONDS), "another workspace's batch is written while the merge runs");
            assertTrue(held.stream().noneMatch(Future::isDone), "the merging workspace's batches wait for the merge");
            assertFalse(merge.isDone());
            rows.rollback();
            assertEquals(200, merge.get(30, TimeUnit.SECONDS));
            for (Future<Integer> f : held) {
                assertEquals(200, f.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3L, Sql.count(ds, "select count(*) from event where workspace_id = ? and platform_event_id like 'p-held-%'"
                + " and member_id = ?::uuid", d.ws, survivor), "the held batches' events went to the survivor");
    }

    /** Holds a writer's next step in another transaction (as another replica's writer would). */
    private interface Hold {
        void on(Connection other) throws Exception;
    }

    /** The identity wx-newcomer, uncommitted. */
    private void holdNewcomer(Connection other) throws Exception {
        String stranger = UUID.randomUUID().toString();
        Sql.exec(other, "insert into member (workspace_id, member_id, created_at, updated_at) values (?::uuid, ?::uuid, now(), now())",
                d.ws, stranger);
        Sql.exec(other, "insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)"
                + " values (?::uuid, 'wechat', 'wx-newcomer', ?::uuid, now())", d.ws, stranger);
    }

    /**
     * Holds a row uncommitted in another transaction, starts the writer, waits until its
     * statement matching {@code writerQuery} waits on that transaction, starts the merge of the
     * absorbed member into the survivor, checks that the merge waits for the writer, then ends
     * the other transaction (commit or rollback) and lets both finish.
     */
    private <T> void mergeWhileHeld(Hold hold, String writerQuery, boolean commit, Callable<T> writer,
                                    java.util.function.Consumer<T> writerResult) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection other = ds.getConnection()) {
            other.setAutoCommit(false);
            hold.on(other);
            Future<T> written = pool.submit(writer);
            assertTrue(Sql.eventually(ds, "select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid where not l.granted"
                    + " and a.query ilike '" + writerQuery + "'"), "the writer is in flight, waiting on the other transaction");
            Future<Integer> merge = pool.submit(() -> Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                    .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, survivor).then().extract().statusCode());
            assertTrue(Sql.eventually(ds, "select count(*) from pg_locks where locktype = 'advisory' and classid = 21106 and not granted"),
                    "the merge waits for the writer in flight");
            assertFalse(merge.isDone(), "the merge has not committed while the writer is in flight");
            if (commit) {
                other.commit();
            } else {
                other.rollback();
            }
            writerResult.accept(written.get(30, TimeUnit.SECONDS));
            assertEquals(200, merge.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertCurrentMembersAreTheSurvivorNotTheAbsorbed() throws Exception {
        List<String> members = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select member_id::text from membership where workspace_id = ? and group_id = ?::uuid and left_at is null")) {
            ps.setObject(1, d.ws);
            ps.setString(2, g);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getString(1));
                }
            }
        }
        assertTrue(members.contains(survivor) && !members.contains(absorbed), "the group's current members: " + members);
    }
}
