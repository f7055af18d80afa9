package io.shequn.activity;

import static io.shequn.activity.ActivityApiTest.ACTIVITIES;
import static io.shequn.activity.ActivityApiTest.ACTIVITY;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.common.Times;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Sql;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scheduled activities start and end by themselves: on time, after a restart (what fell due while
 * no backend ran), and with several schedulers on one database without a double move. Two
 * backend processes on one database are exercised by scripts/activity-scheduler-two-processes.sh.
 */
@QuarkusTest
class ActivitySchedulerTest {
    @Inject
    AgroalDataSource ds;
    @Inject
    ActivityScheduler scheduler;

    private Tokens.User owner;
    private UUID ws;
    private String group;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Scheduler shop");
        group = ActivityApiTest.group(owner, ws, "福利群 1");
    }

    private String scheduled(Instant start, Instant end) {
        String id = Api.as(owner.token()).body(ActivityApiTest.redPacket(group, start, end)).post(ACTIVITIES, ws)
                .then().statusCode(201).extract().path("id");
        Api.as(owner.token()).post(ACTIVITY + "/schedule", ws, id).then().statusCode(200).body("status", equalTo("scheduled"));
        return id;
    }

    private long moves(String id, String action) throws Exception {
        return Sql.count(ds, "select count(*) from audit_log where workspace_id = ?::uuid and entity_id = ?::uuid and action = ?"
                + " and actor = 'system:scheduler'", ws.toString(), id, action);
    }

    @Test
    void aScheduledActivityStartsAndEndsOnTimeByItself() throws Exception {
        Instant start = Times.now().plus(1500, ChronoUnit.MILLIS);
        Instant end = start.plus(1500, ChronoUnit.MILLIS);
        String id = scheduled(start, end);
        long deadline = System.currentTimeMillis() + 15_000;
        String status = "scheduled";
        boolean sawRunning = false;
        while (!status.equals("ended") && System.currentTimeMillis() < deadline) {
            status = Api.as(owner.token()).get(ACTIVITY, ws, id).then().extract().path("status");
            sawRunning |= status.equals("running");
            Thread.sleep(200);
        }
        assertEquals("ended", status);
        assertEquals(true, sawRunning, "it ran between its start and its end");
        Api.as(owner.token()).get(ACTIVITY, ws, id).then().body("startedAt", equalTo(start.toString()))
                .body("endedAt", equalTo(end.toString())).body("allowedTransitions", org.hamcrest.Matchers.contains("reviewed"));
        assertEquals(1, moves(id, "activity.running"));
        assertEquals(1, moves(id, "activity.ended"));
    }

    @Test
    void whatFellDueWhileNoBackendRanMovesAtTheFirstTick() throws Exception {
        Instant start = Times.now().plus(1, ChronoUnit.DAYS);
        String id = scheduled(start, start.plus(1, ChronoUnit.DAYS));
        // the backend was down over the whole activity: its start and end passed meanwhile
        Instant pastStart = Times.now().minus(2, ChronoUnit.DAYS);
        try (Connection c = ds.getConnection()) {
            Sql.exec(c, "update activity set start_at = ?, end_at = ? where activity_id = ?::uuid",
                    java.sql.Timestamp.from(pastStart), java.sql.Timestamp.from(pastStart.plus(1, ChronoUnit.DAYS)), id);
        }
        scheduler.tick(Times.now()); // the background ticks may have been first: either way it moved once
        Api.as(owner.token()).get(ACTIVITY, ws, id).then().body("status", equalTo("ended"))
                .body("startedAt", equalTo(pastStart.toString())).body("endedAt", equalTo(pastStart.plus(1, ChronoUnit.DAYS).toString()));
        assertEquals(1, moves(id, "activity.running"));
        assertEquals(1, moves(id, "activity.ended"));
    }

    @Test
    void concurrentSchedulersNeverMoveAnActivityTwice() throws Exception {
        Instant start = Times.now().plus(1, ChronoUnit.DAYS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(scheduled(start, start.plus(1, ChronoUnit.DAYS)));
        }
        Instant past = Times.now().minus(1, ChronoUnit.HOURS);
        try (Connection c = ds.getConnection()) {
            Sql.exec(c, "update activity set start_at = ?, end_at = ? where workspace_id = ?::uuid",
                    java.sql.Timestamp.from(past), java.sql.Timestamp.from(past.plus(30, ChronoUnit.MINUTES)), ws.toString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> ticks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ticks.add(() -> scheduler.tick(Times.now()));
            }
            for (Future<Integer> f : pool.invokeAll(ticks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        scheduler.tick(Times.now());
        for (String id : ids) {
            Api.as(owner.token()).get(ACTIVITY, ws, id).then().body("status", equalTo("ended"));
            assertEquals(1, moves(id, "activity.running"), id);
            assertEquals(1, moves(id, "activity.ended"), id);
        }
    }
}
