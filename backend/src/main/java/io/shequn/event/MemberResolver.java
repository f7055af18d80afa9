package io.shequn.event;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.shequn.common.BinaryCopy;
import io.shequn.common.Ids;
import io.shequn.common.VersionedCache;
import io.shequn.member.IdentityCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The members (and inviters) of an ingestion request's items: by member id (a member merged
 * into another stands for the survivor), or by identity, from the cache (member.IdentityCache)
 * when seen before, else from the database. An unknown identity creates its member (by COPY,
 * one creating request per workspace at a time in a replica, which re-reads what another
 * created meanwhile; when requests of two replicas bring the same new person at once, the
 * second claims the identity with insert ... on conflict do nothing, then reads the first one's
 * member). The creation runs in a short transaction of its own, before the request's: a new
 * person brought by two concurrent requests would otherwise make one wait for the other's commit.
 */
@ApplicationScoped
class MemberResolver {
    private final AgroalDataSource ds;
    private final IdentityCache cache;
    private final Map<UUID, Creator> creators = new ConcurrentHashMap<>();

    MemberResolver(AgroalDataSource ds, IdentityCache cache) {
        this.ds = ds;
        this.cache = cache;
    }

    /** Sets memberId, staff and inviterId of the items; an unknown member id rejects its item. */
    void resolve(Connection c, UUID ws, long identityVersion, Instant now, List<EventItem> items) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        for (EventItem i : items) {
            for (EventItem.Ref ref : refs(i)) {
                if (ref.id() != null) {
                    ids.add(ref.id());
                }
            }
        }
        // by id; a member merged into another stands for the survivor
        Map<UUID, IdentityCache.Member> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select m.member_id, coalesce(s.member_id, m.member_id), coalesce(s.staff, m.staff)"
                    + " from member m left join member s on s.workspace_id = m.workspace_id and s.member_id = m.merged_into_member_id"
                    + " where m.workspace_id = ? and m.member_id = any(?)")) {
                s.setObject(1, ws);
                s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byId.put(r.getObject(1, UUID.class), new IdentityCache.Member(r.getObject(2, UUID.class), r.getBoolean(3)));
                    }
                }
            }
        }
        for (EventItem i : items) {
            checkId(i, i.member, "/member", byId);
            checkId(i, i.inviter, "/inviter", byId);
        }
        // by identity, only for items still valid: a rejected item creates nobody
        Map<IdentityCache.Key, EventItem.Ref> identities = new HashMap<>();
        for (EventItem i : items) {
            if (i.valid()) {
                for (EventItem.Ref ref : refs(i)) {
                    if (ref.id() == null) {
                        identities.put(ref.identity(), ref);
                    }
                }
            }
        }
        Map<IdentityCache.Key, IdentityCache.Member> byKey = new HashMap<>();
        // people seen before come from the cache; the others from the database, then into the cache
        VersionedCache.Generation<IdentityCache.Key, IdentityCache.Member> cached = cache.of(ws, identityVersion);
        List<IdentityCache.Key> unknown = new ArrayList<>();
        for (IdentityCache.Key key : identities.keySet()) {
            IdentityCache.Member m = cached == null ? null : cached.get(key);
            if (m != null) {
                byKey.put(key, m);
            } else {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            // new people are claimed in key order (no deadlock)
            unknown.sort(Comparator.comparing(IdentityCache.Key::platform).thenComparing(IdentityCache.Key::platformUserId));
            Creator creator = creators.computeIfAbsent(ws, k -> new Creator());
            long creationsBefore = creator.creations;
            read(c, ws, unknown, byKey);
            List<IdentityCache.Key> missing = unknown.stream().filter(k -> !byKey.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                creator.lock.lock();
                try {
                    if (creator.creations != creationsBefore) {
                        // another request created people since the read: maybe some of these
                        read(c, ws, missing, byKey);
                        missing = missing.stream().filter(k -> !byKey.containsKey(k)).toList();
                    }
                    if (!missing.isEmpty()) {
                        createInOwnTransaction(ws, now, missing, spans(items), byKey);
                        creator.creations++;
                    }
                } finally {
                    creator.lock.unlock();
                }
            }
            if (cached != null) {
                for (IdentityCache.Key key : unknown) {
                    IdentityCache.Member m = byKey.get(key);
                    if (m != null) {
                        cached.put(key, m);
                    }
                }
            }
        }
        for (EventItem i : items) {
            if (!i.valid()) {
                continue;
            }
            IdentityCache.Member m = i.member.id() != null ? byId.get(i.member.id()) : byKey.get(i.member.identity());
            i.memberId = m.memberId();
            i.staff = m.staff();
            if (i.inviter != null) {
                i.inviterId = (i.inviter.id() != null ? byId.get(i.inviter.id()) : byKey.get(i.inviter.identity())).memberId();
            }
        }
    }

    /**
     * In a short transaction of its own: a new person's member and identity are committed at
     * once, so concurrent requests bringing the same person wait milliseconds, not for each
     * other's commit; a member is idempotent (its identity is its natural key), so a request
     * failing later leaves a member without events that its retry reuses.
     */
    private void createInOwnTransaction(UUID ws, Instant now, List<IdentityCache.Key> missing, Map<IdentityCache.Key, Span> spans,
                                        Map<IdentityCache.Key, IdentityCache.Member> byKey) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection own = ds.getConnection()) {
                create(own, ws, now, missing, spans, byKey);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /**
     * One request of this replica creates a workspace's new people at a time; a request that
     * read its identities before another's creation committed reads the missing ones again, so
     * two requests bringing the same new person do not both create them (the loser of that race
     * would take the one-by-one claim, 30 ms, and delete the members it made). Across replicas
     * the claim in {@link #create} still decides.
     */
    private static final class Creator {
        final ReentrantLock lock = new ReentrantLock();
        /** Creations committed so far; written under the lock. */
        volatile long creations;
    }

    private static List<EventItem.Ref> refs(EventItem i) {
        return i.inviter == null ? List.of(i.member) : List.of(i.member, i.inviter);
    }

    private static void checkId(EventItem i, EventItem.Ref ref, String at, Map<UUID, IdentityCache.Member> byId) {
        if (ref != null && ref.id() != null && !byId.containsKey(ref.id())) {
            i.reject(at + "/id", "no such member in this workspace");
        }
    }

    private static void read(Connection c, UUID ws, Collection<IdentityCache.Key> keys, Map<IdentityCache.Key, IdentityCache.Member> byKey)
            throws SQLException {
        // a lateral join: one primary-key probe per identity, whatever the planner guesses of unnest()
        try (PreparedStatement s = c.prepareStatement("select x.platform, x.platform_user_id, x.member_id, x.staff"
                + " from unnest(cast(? as varchar[]), cast(? as varchar[])) v(p, u) join lateral ("
                + " select i.platform, i.platform_user_id, m.member_id, m.staff from member_identity i"
                + " join member m on m.workspace_id = i.workspace_id and m.member_id = i.member_id"
                + " where i.workspace_id = ? and i.platform = v.p and i.platform_user_id = v.u) x on true")) {
            s.setArray(1, c.createArrayOf("varchar", keys.stream().map(IdentityCache.Key::platform).toArray()));
            s.setArray(2, c.createArrayOf("varchar", keys.stream().map(IdentityCache.Key::platformUserId).toArray()));
            s.setObject(3, ws);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byKey.put(new IdentityCache.Key(r.getString(1), r.getString(2)), new IdentityCache.Member(r.getObject(3, UUID.class),
                            r.getBoolean(4)));
                }
            }
        }
    }

    /**
     * New people: a member per unknown identity, both by binary COPY. A concurrent request may
     * bring the same person (the identity COPY waits for it, then fails on the taken key): the
     * identities are then claimed one by one with ON CONFLICT DO NOTHING, in the same order, those
     * another transaction took meanwhile are read back, and the members created for them here
     * are removed again.
     */
    private static void create(Connection c, UUID ws, Instant now, List<IdentityCache.Key> missing, Map<IdentityCache.Key, Span> spans,
                               Map<IdentityCache.Key, IdentityCache.Member> byKey) throws SQLException {
        Map<IdentityCache.Key, UUID> fresh = new LinkedHashMap<>();
        for (IdentityCache.Key k : missing) {
            fresh.put(k, Ids.newId());
        }
        // first/last seen from this request's events of the person: the rollups' later update of the
        // same span then finds nothing to change
        BinaryCopy members = new BinaryCopy(6, fresh.size());
        for (var f : fresh.entrySet()) {
            Span seen = spans.get(f.getKey());
            members.row().uuid(ws).uuid(f.getValue()).timestamp(now).timestamp(now)
                    .timestamp(seen == null ? null : seen.first()).timestamp(seen == null ? null : seen.last());
        }
        members.into(c, "member", "workspace_id, member_id, created_at, updated_at, first_seen_at, last_seen_at");
        BinaryCopy identities = new BinaryCopy(5, missing.size());
        for (IdentityCache.Key k : missing) {
            identities.row().uuid(ws).text(k.platform()).text(k.platformUserId()).uuid(fresh.get(k)).timestamp(now);
        }
        Set<IdentityCache.Key> won = identities.intoUnlessTaken(c, "member_identity", "workspace_id, platform, platform_user_id, member_id,"
                + " created_at") ? fresh.keySet() : claim(c, ws, now, missing, fresh);
        for (IdentityCache.Key key : won) {
            byKey.put(key, new IdentityCache.Member(fresh.get(key), false));
        }
        List<IdentityCache.Key> lost = missing.stream().filter(k -> !won.contains(k)).toList();
        if (!lost.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("delete from member where workspace_id = ? and member_id = any(?)")) {
                s.setObject(1, ws);
                s.setArray(2, c.createArrayOf("uuid", lost.stream().map(fresh::get).toArray()));
                s.executeUpdate();
            }
            read(c, ws, lost, byKey);
        }
    }

    /** The identities one by one, in the order of {@code missing}; answers those claimed here. */
    private static Set<IdentityCache.Key> claim(Connection c, UUID ws, Instant now, List<IdentityCache.Key> missing,
                                                Map<IdentityCache.Key, UUID> fresh) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)"
                + " select ?, v.p, v.u, v.m, ? from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as uuid[]))"
                + " with ordinality v(p, u, m, n) order by v.n on conflict do nothing returning platform, platform_user_id")) {
            s.setObject(1, ws);
            s.setTimestamp(2, Timestamp.from(now));
            s.setArray(3, c.createArrayOf("varchar", missing.stream().map(IdentityCache.Key::platform).toArray()));
            s.setArray(4, c.createArrayOf("varchar", missing.stream().map(IdentityCache.Key::platformUserId).toArray()));
            s.setArray(5, c.createArrayOf("uuid", missing.stream().map(fresh::get).toArray()));
            Set<IdentityCache.Key> won = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    won.add(new IdentityCache.Key(r.getString(1), r.getString(2)));
                }
            }
            return won;
        }
    }

    /** The first and last occurredAt of a person's events in a request. */
    private record Span(Instant first, Instant last) {
        Span with(Instant t) {
            return new Span(t.isBefore(first) ? t : first, t.isAfter(last) ? t : last);
        }
    }

    /** Per member identity of the items: the span of their events. */
    private static Map<IdentityCache.Key, Span> spans(List<EventItem> items) {
        Map<IdentityCache.Key, Span> spans = new HashMap<>();
        for (EventItem i : items) {
            if (i.valid() && i.member.id() == null) {
                spans.merge(i.member.identity(), new Span(i.occurredAt, i.occurredAt), (a, b) -> a.with(b.first()));
            }
        }
        return spans;
    }
}
