package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the arrival order of joined/left events and however they are split into
 * requests, the stored memberships (stays with joinedAt/leftAt), the groups' member counts and
 * their over_capacity alerts are those of a replay of the events sorted by occurredAt (a left
 * before a join at the same instant). Checked after every request, not only at the end.
 *
 * <p>Each trial: 1-3 new groups with small hard limits, 2-25 new people, for each (group, person)
 * 0-6 events within 40 seconds (instants repeat on purpose), all shuffled and cut into 1-6
 * requests (a request of one event goes through the single POST half of the time). Seeded:
 * {@code -Dreplay.seed=... -Dreplay.trials=...} reproduces or widens a run; a failure names its
 * seed and trial.
 */
@QuarkusTest
class MembershipReplayPropertyTest {
    private static final Logger LOG = Logger.getLogger(MembershipReplayPropertyTest.class);
    private static final long SEED = Long.getLong("replay.seed", 20261206L);
    private static final int TRIALS = Integer.getInteger("replay.trials", 80);

    @Inject
    AgroalDataSource ds;
    private EventTestData d;

    /** One generated event. */
    record Move(String id, String group, String user, Instant at, boolean joined) {
    }

    record Stay(Instant joinedAt, Instant leftAt) {
    }

    @Test
    void membershipsAreTheReplayOfTheEventsWhateverTheirArrivalOrder() throws SQLException {
        d = new EventTestData("Replay property");
        Random random = new Random(SEED);
        long started = System.nanoTime();
        int pairs = 0;
        int requests = 0;
        int events = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Instant base = minutesAgo(60);
            int people = 2 + random.nextInt(24);
            Map<String, Integer> limits = new TreeMap<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int limit = 1 + random.nextInt(1 + people / 3);
                limits.put(d.group("t" + trial + "-" + k, null, limit), limit);
            }
            List<Move> moves = new ArrayList<>();
            for (String group : limits.keySet()) {
                for (int p = 0; p < people; p++) {
                    String user = "t" + trial + "-u" + p;
                    int n = random.nextInt(7);
                    pairs += n > 0 ? 1 : 0;
                    for (int e = 0; e < n; e++) {
                        moves.add(new Move("t" + trial + "-" + moves.size(), group, user, base.plusSeconds(random.nextInt(40)),
                                random.nextInt(100) < 55));
                    }
                }
            }
            Collections.shuffle(moves, random);
            events += moves.size();
            List<Move> received = new ArrayList<>();
            int from = 0;
            while (from < moves.size()) {
                int size = 1 + random.nextInt(Math.max(1, moves.size() / (1 + random.nextInt(6))));
                List<Move> request = moves.subList(from, Math.min(moves.size(), from + size));
                push(request, random);
                requests++;
                received.addAll(request);
                from += request.size();
                check(trial, limits, received);
            }
        }
        LOG.infof("replay property: %d trials, %d (group, person) streams, %d events in %d requests, %d ms (seed %d)", TRIALS, pairs,
                events, requests, (System.nanoTime() - started) / 1_000_000, SEED);
    }

    private void push(List<Move> request, Random random) {
        List<Map<String, Object>> items = request.stream()
                .map(m -> event(m.joined() ? "joined" : "left", m.id(), m.group(), m.user(), m.at())).toList();
        if (items.size() == 1 && random.nextBoolean()) {
            Api.as(d.bot).body(items.get(0)).post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201);
            return;
        }
        var r = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(items.size(), (int) r.path("accepted"));
    }

    /** The stored state against the replay of the events received so far. */
    private void check(int trial, Map<String, Integer> limits, List<Move> received) throws SQLException {
        Map<String, List<Stay>> expected = new TreeMap<>();
        Map<String, List<Move>> byPair = new HashMap<>();
        for (Move m : received) {
            byPair.computeIfAbsent(m.group() + " " + m.user(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Integer> counts = new TreeMap<>();
        limits.keySet().forEach(g -> counts.put(g, 0));
        for (var e : byPair.entrySet()) {
            List<Stay> stays = replay(e.getValue());
            if (!stays.isEmpty()) {
                expected.put(e.getKey(), stays);
                if (stays.get(stays.size() - 1).leftAt() == null) {
                    counts.merge(e.getValue().get(0).group(), 1, Integer::sum);
                }
            }
        }
        String where = "seed " + SEED + ", trial " + trial + ", after " + received.size() + " events " + received;
        assertEquals(expected, stored(limits), "stays; " + where);
        Map<String, Integer> storedCounts = new TreeMap<>();
        Map<String, Integer> expectedAlerts = new TreeMap<>();
        Map<String, Integer> storedAlerts = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select g.group_id, g.member_count,"
                + " (select count(*) from alert a where a.workspace_id = g.workspace_id and a.group_id = g.group_id"
                + " and a.kind = 'over_capacity' and a.resolved_at is null) from chat_group g where g.workspace_id = ? and g.group_id = any(?)")) {
            s.setObject(1, d.ws);
            s.setArray(2, c.createArrayOf("uuid", limits.keySet().stream().map(UUID::fromString).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String g = r.getString(1);
                    storedCounts.put(g, r.getInt(2));
                    storedAlerts.put(g, r.getInt(3));
                    expectedAlerts.put(g, counts.get(g) > limits.get(g) ? 1 : 0);
                }
            }
        }
        assertEquals(counts, storedCounts, "member counts; " + where);
        assertEquals(expectedAlerts, storedAlerts, "open over_capacity alerts (limits " + limits + "); " + where);
    }

    /** The reference: one pair's events in occurredAt order, a left before a join at one instant. */
    static List<Stay> replay(List<Move> moves) {
        List<Move> sorted = new ArrayList<>(moves);
        sorted.sort(Comparator.comparing(Move::at).thenComparing(Move::joined));
        List<Stay> stays = new ArrayList<>();
        Instant in = null;
        for (Move m : sorted) {
            if (m.joined() && in == null) {
                in = m.at();
            } else if (!m.joined() && in != null) {
                stays.add(new Stay(in, m.at()));
                in = null;
            }
        }
        if (in != null) {
            stays.add(new Stay(in, null));
        }
        return stays;
    }

    private Map<String, List<Stay>> stored(Map<String, Integer> limits) throws SQLException {
        Map<String, List<Stay>> out = new TreeMap<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select m.group_id, i.platform_user_id,"
                + " m.joined_at, m.left_at from membership m join member_identity i on i.workspace_id = m.workspace_id"
                + " and i.member_id = m.member_id where m.workspace_id = ? and m.group_id = any(?) order by m.joined_at")) {
            s.setObject(1, d.ws);
            s.setArray(2, c.createArrayOf("uuid", limits.keySet().stream().map(UUID::fromString).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1) + " " + r.getString(2), k -> new ArrayList<>()).add(new Stay(
                            r.getTimestamp(3).toInstant(), r.getTimestamp(4) == null ? null : r.getTimestamp(4).toInstant()));
                }
            }
        }
        return out;
    }
}
