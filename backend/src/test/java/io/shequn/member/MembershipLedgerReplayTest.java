package io.shequn.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ledger's replay from an instant, without a database: one (group, member) pair, random
 * joined/left events (instants repeat), shuffled and cut into random requests; after each
 * request the stays kept so far, changed as {@link MembershipLedger#replay} says, must be the
 * replay of all events received, sorted. The same reads as the ledger's: stays current or ended
 * at or after the request's earliest instant, events from that instant on. Many more orders than
 * the API test (MembershipReplayPropertyTest) can afford; that one checks the SQL around it.
 */
class MembershipLedgerReplayTest {
    private static final long SEED = Long.getLong("replay.seed", 42L);
    private static final int TRIALS = Integer.getInteger("replay.unit-trials", 20_000);

    record Event(Instant at, boolean joined) {
    }

    @Test
    void replayingFromTheEarliestInstantOfEachRequestGivesTheFullReplay() {
        Random random = new Random(SEED);
        MembershipLedger.Pair pair = new MembershipLedger.Pair(UUID.randomUUID(), UUID.randomUUID());
        Instant base = Instant.parse("2026-12-06T00:00:00Z");
        for (int trial = 0; trial < TRIALS; trial++) {
            List<Event> events = new ArrayList<>();
            for (int n = random.nextInt(9); n > 0; n--) {
                events.add(new Event(base.plusSeconds(random.nextInt(12)), random.nextInt(100) < 55));
            }
            Collections.shuffle(events, random);
            List<Event> received = new ArrayList<>();
            Map<UUID, MembershipLedger.Stay> stays = new LinkedHashMap<>();
            int current = 0;
            int from = 0;
            while (from < events.size()) {
                List<Event> request = events.subList(from, from + 1 + random.nextInt(events.size() - from));
                from += request.size();
                received.addAll(request);
                Instant t0 = request.stream().map(Event::at).min(Comparator.naturalOrder()).orElseThrow();
                List<MembershipLedger.Stay> read = stays.values().stream()
                        .filter(s -> s.leftAt() == null || !s.leftAt().isBefore(t0)).toList();
                List<MembershipLedger.Fact> facts = received.stream().filter(e -> !e.at().isBefore(t0))
                        .map(e -> new MembershipLedger.Fact(e.at(), e.joined(), "left", null)).toList();
                MembershipLedger.Changes changes = new MembershipLedger.Changes();
                current += MembershipLedger.replay(pair, t0, read, facts, changes);
                changes.deletes.forEach(stays::remove);
                for (MembershipLedger.Row row : changes.updates) {
                    assertEquals(true, stays.containsKey(row.id()), "an update names a stored stay");
                    stays.put(row.id(), new MembershipLedger.Stay(row.id(), row.joinedAt(), row.leftAt(), row.leftReason()));
                }
                for (MembershipLedger.Row row : changes.inserts) {
                    stays.put(row.id(), new MembershipLedger.Stay(row.id(), row.joinedAt(), row.leftAt(), row.leftReason()));
                }
                List<String> expected = replay(received);
                List<String> kept = stays.values().stream().sorted(Comparator.comparing(MembershipLedger.Stay::joinedAt))
                        .map(s -> s.joinedAt() + "/" + s.leftAt()).toList();
                String where = "seed " + SEED + ", trial " + trial + ", events " + received;
                assertEquals(expected, kept, where);
                long open = stays.values().stream().filter(MembershipLedger.Stay::current).count();
                assertEquals(open, current, "the count follows the current stays; " + where);
            }
        }
    }

    /** The reference: events sorted by instant, a left before a join at one instant. */
    private static List<String> replay(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::at).thenComparing(Event::joined));
        List<String> stays = new ArrayList<>();
        Instant in = null;
        for (Event e : sorted) {
            if (e.joined() && in == null) {
                in = e.at();
            } else if (!e.joined() && in != null) {
                stays.add(in + "/" + e.at());
                in = null;
            }
        }
        if (in != null) {
            stays.add(in + "/null");
        }
        return stays;
    }
}
