package io.shequn.event;

import io.shequn.common.BinaryCopy;
import io.shequn.common.Ids;
import io.shequn.common.error.Problem;
import io.shequn.event.EventDtos.ItemStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * De-duplication of events by their identity (workspace, platform, platform event id), kept
 * forever in event_key. The first item of each key in a request claims it, all of them in one
 * binary COPY when none is there yet (the usual case), else one by one with ON CONFLICT DO
 * NOTHING; a key already there (an earlier request, or a concurrent one, which the insert waits
 * for) makes the item a duplicate (same payload hash) or a conflict. Keys are claimed in key
 * order, so concurrent requests sharing keys wait for each other and do not deadlock.
 */
final class EventKeys {
    private EventKeys() {
    }

    /** An event's identity within a workspace. */
    record Key(String platform, String platformEventId) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::platform).thenComparing(Key::platformEventId);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /** The event that holds a key: this request's first item of it, or the one stored before. */
    private record Winner(UUID eventId, String hash) {
    }

    /**
     * Sorts items into accepted, duplicate and conflict (status and eventId set) and answers the
     * accepted ones. Later items of the same key in the request, and keys already claimed by an
     * earlier or concurrent request, compare their payload hash with the winner's.
     */
    static List<EventItem> deduplicate(Connection c, UUID ws, List<EventItem> items) throws SQLException {
        Map<Key, EventItem> first = new TreeMap<>();
        for (EventItem i : items) {
            if (first.putIfAbsent(i.key(), i) == null) {
                i.eventId = Ids.newId();
            }
        }
        List<EventItem> firsts = new ArrayList<>(first.values());
        Set<Key> won = claimAll(c, ws, firsts) ? first.keySet() : claimEach(c, ws, firsts);
        Map<Key, Winner> winners = new HashMap<>();
        List<EventItem> taken = new ArrayList<>();
        for (EventItem i : firsts) {
            if (won.contains(i.key())) {
                winners.put(i.key(), new Winner(i.eventId, i.hash));
            } else {
                taken.add(i);
            }
        }
        if (!taken.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select k.platform, k.platform_event_id, k.event_id, encode(k.payload_hash, 'hex')"
                    + " from unnest(cast(? as varchar[]), cast(? as varchar[])) v(p, e) join lateral (select * from event_key"
                    + " where workspace_id = ? and platform = v.p and platform_event_id = v.e) k on true")) {
                s.setArray(1, c.createArrayOf("varchar", taken.stream().map(i -> i.platform).toArray()));
                s.setArray(2, c.createArrayOf("varchar", taken.stream().map(i -> i.platformEventId).toArray()));
                s.setObject(3, ws);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        winners.put(new Key(r.getString(1), r.getString(2)), new Winner(r.getObject(3, UUID.class), r.getString(4)));
                    }
                }
            }
        }
        List<EventItem> accepted = new ArrayList<>();
        for (EventItem i : items) {
            Winner winner = winners.get(i.key());
            if (first.get(i.key()) == i && won.contains(i.key())) {
                i.status = ItemStatus.ACCEPTED;
                accepted.add(i);
            } else {
                i.eventId = winner.eventId();
                if (winner.hash().equals(i.hash)) {
                    i.status = ItemStatus.DUPLICATE;
                } else {
                    i.status = ItemStatus.CONFLICT;
                    i.errors.add(Problem.FieldError.body(i.at + "/platformEventId", "was already received with another payload"
                            + " (event " + winner.eventId() + "); the first one stands"));
                }
            }
        }
        return accepted;
    }

    /**
     * The usual case, every key of the request new: one binary COPY claims them all, one index
     * insertion per key. A key already there (a retry, or a concurrent request: COPY waits for
     * it) fails the COPY with a unique violation, which is undone: false, and {@link #claimEach}
     * sorts the keys out.
     */
    private static boolean claimAll(Connection c, UUID ws, List<EventItem> firsts) throws SQLException {
        BinaryCopy rows = new BinaryCopy(6, firsts.size());
        for (EventItem i : firsts) {
            rows.row().uuid(ws).text(i.platform).text(i.platformEventId).uuid(i.eventId).timestamp(i.occurredAt)
                    .bytea(HexFormat.of().parseHex(i.hash));
        }
        return rows.intoUnlessTaken(c, "event_key", "workspace_id, platform, platform_event_id, event_id, occurred_at, payload_hash");
    }

    /**
     * Claims the keys one by one (ON CONFLICT DO NOTHING), returns those claimed. In the same
     * order as {@link #claimAll} (key order), so two requests sharing keys, whichever way each
     * claims them, wait for each other instead of deadlocking.
     */
    private static Set<Key> claimEach(Connection c, UUID ws, List<EventItem> firsts) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into event_key (workspace_id, platform, platform_event_id, event_id,"
                + " occurred_at, payload_hash) select ?, v.p, v.k, v.e, v.o, decode(v.h, 'hex') from unnest(cast(? as varchar[]),"
                + " cast(? as varchar[]), cast(? as uuid[]), cast(cast(? as text[]) as timestamptz[]), cast(? as text[]))"
                + " with ordinality v(p, k, e, o, h, n) order by v.n on conflict do nothing returning platform, platform_event_id")) {
            s.setObject(1, ws);
            s.setArray(2, c.createArrayOf("varchar", firsts.stream().map(i -> i.platform).toArray()));
            s.setArray(3, c.createArrayOf("varchar", firsts.stream().map(i -> i.platformEventId).toArray()));
            s.setArray(4, c.createArrayOf("uuid", firsts.stream().map(i -> i.eventId).toArray()));
            s.setArray(5, c.createArrayOf("text", firsts.stream().map(i -> i.occurredAt.toString()).toArray()));
            s.setArray(6, c.createArrayOf("text", firsts.stream().map(i -> i.hash).toArray()));
            Set<Key> won = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    won.add(new Key(r.getString(1), r.getString(2)));
                }
            }
            return won;
        }
    }
}
