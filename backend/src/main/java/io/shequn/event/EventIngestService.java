package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.BinaryArray;
import io.shequn.common.BinaryCopy;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.VersionedCache;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.event.EventDtos.BatchResult;
import io.shequn.event.EventDtos.EventView;
import io.shequn.event.EventDtos.ItemResult;
import io.shequn.event.EventDtos.ItemStatus;
import io.shequn.group.GroupKeyCache;
import io.shequn.group.GroupService;
import io.shequn.member.IdentityCache;
import io.shequn.member.IdentityLock;
import io.shequn.member.MembershipLedger;
import io.shequn.metric.RollupQueue;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The ingestion path, single events and batches alike, in one transaction per request:
 * <ol>
 * <li>every item is checked on its own (EventParser); a bad item is rejected with its fields at
 * fault, the others go on;</li>
 * <li>groups, members and identities are resolved in a few set-based queries per batch (the
 * identities seen before from member.IdentityCache); an unknown identity creates its member (by
 * COPY, one creating batch per workspace at a time in a replica, which re-reads what another
 * created meanwhile; when batches of two replicas bring the same new person at once, the second
 * claims the identity with insert ... on conflict do nothing, then reads the first one's member);</li>
 * <li>de-duplication: the first item of each (platform, platform event id) claims its key in
 * event_key, all of them in one binary COPY when none is there yet (the usual case), else one by
 * one with ON CONFLICT DO NOTHING; a key already there (an earlier batch, or a concurrent one,
 * which the insert waits for) makes the item a duplicate (same payload hash) or a conflict;</li>
 * <li>accepted events are written with one binary COPY, memberships
 * follow joined/left events, the events are queued for the metric rollups (folded in within a
 * second, and before any metric read: io.shequn.metric.Rollups), and the whole commits at once: the answer is
 * sent only after the commit, and a failure writes nothing.</li>
 * </ol>
 * Plain JDBC on the transaction's connection (as MemberImportWorker): one ORM entity per event
 * would be an INSERT and a flush per row, ~10x slower. The events themselves go in by binary COPY
 * (common.BinaryCopy), in the same transaction: the multi-row INSERT over unnest() arrays it
 * replaced spent most of its time encoding and parsing 16 text arrays (docs/benchmarks.md,
 * section 3). The other statements stay multi-row INSERTs over unnest(): they need ON CONFLICT
 * or RETURNING, which COPY has not.
 *
 * <p>Locks are taken in one order (event keys sorted by key, then groups sorted by id, last, so
 * they are held for the shortest time), so concurrent batches wait for each other but do not
 * deadlock. The creation of new members runs in a short transaction of its own, before (a new
 * person brought by two concurrent batches would otherwise make one wait for the other's commit);
 * the members' first/last seen follow with the rollups.
 */
@ApplicationScoped
public class EventIngestService {
    public static final int MAX_BATCH = 1000;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EventIngestService.class);
    static final Set<Role> PUSHERS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR, Role.INTEGRATION);

    private final WorkspaceAccess access;
    private final GroupService groups;
    private final AgroalDataSource ds;
    private final RollupQueue rollups;
    private final EventPartitions partitions;
    private final IdentityCache identityCache;
    private final GroupKeyCache groupCache;
    private final MembershipLedger ledger;
    private final Map<UUID, Creator> creators = new java.util.concurrent.ConcurrentHashMap<>();

    public EventIngestService(WorkspaceAccess access, GroupService groups, AgroalDataSource ds, RollupQueue rollups,
                              EventPartitions partitions, IdentityCache identityCache, GroupKeyCache groupCache,
                              MembershipLedger ledger) {
        this.ledger = ledger;
        this.access = access;
        this.groups = groups;
        this.ds = ds;
        this.rollups = rollups;
        this.partitions = partitions;
        this.identityCache = identityCache;
        this.groupCache = groupCache;
    }

    /** The answer of the single POST: the event, and whether it was stored now (201) or before (200). */
    public record Single(EventView event, boolean created) {
    }

    @Transactional
    public BatchResult batch(UUID workspaceId, List<JsonNode> nodes) {
        Caller caller = access.require(workspaceId, PUSHERS);
        if (nodes == null) {
            throw ProblemException.invalid(Problem.FieldError.body("/items", "is required"));
        }
        if (nodes.isEmpty() || nodes.size() > MAX_BATCH) {
            throw new ProblemException(ProblemType.BATCH_SIZE, "A batch holds 1 to " + MAX_BATCH + " items; this one has "
                    + nodes.size() + ". Split it; nothing was stored.",
                    List.of(Problem.FieldError.body("/items", "must hold 1 to " + MAX_BATCH + " items")));
        }
        Instant now = Times.now();
        List<EventItem> items = ingest(caller, nodes, "/items/", now);
        int[] counts = new int[4];
        List<ItemResult> results = new ArrayList<>(items.size());
        for (EventItem i : items) {
            counts[i.status.ordinal()]++;
            results.add(new ItemResult(i.index, i.status, i.eventId, i.status == ItemStatus.ACCEPTED && i.late, List.copyOf(i.errors)));
        }
        return new BatchResult(counts[0], counts[1], counts[2], counts[3], results);
    }

    @Transactional
    public Single single(UUID workspaceId, JsonNode node) {
        Caller caller = access.require(workspaceId, PUSHERS);
        Instant now = Times.now();
        EventItem i = ingest(caller, List.of(node == null ? com.fasterxml.jackson.databind.node.NullNode.instance : node), null, now).get(0);
        return switch (i.status) {
            case ACCEPTED -> new Single(EventRows.view(i, now), true);
            case DUPLICATE -> new Single(read(workspaceId, i.eventId), false);
            case CONFLICT -> throw new ProblemException(ProblemType.CONFLICT, "Event " + i.platformEventId + " of " + i.platform
                    + " was already received with another payload (event " + i.eventId + "); the first one stands.",
                    List.copyOf(i.errors));
            case REJECTED -> throw new ProblemException(ProblemType.VALIDATION, i.errors.size() == 1 ? "1 field is not valid."
                    : i.errors.size() + " fields are not valid.", List.copyOf(i.errors));
        };
    }

    /** An event by id (any month): through event_key when possible, so one partition is read. */
    private EventView read(UUID workspaceId, UUID eventId) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select " + EventRows.COLUMNS
                + " from event where workspace_id = ? and event_id = ?")) {
            s.setObject(1, workspaceId);
            s.setObject(2, eventId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw ProblemException.notFound("Event");
                }
                return EventRows.view(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ the pipeline

    private List<EventItem> ingest(Caller caller, List<JsonNode> nodes, String prefix, Instant now) {
        UUID ws = caller.workspaceId();
        // before the workspace row is read: its identity version then tells whether a merge or an
        // erasure committed since the identity cache was filled. While one runs, IngestGate waits
        // for it with this request rolled back.
        IdentityLock.shareNow(ds, ws);
        WorkspaceSettings w = WorkspaceSettings.of(ws);
        List<EventItem> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            items.add(EventParser.parse(i, prefix == null ? "" : prefix + i, nodes.get(i), now, w.currency()));
        }
        List<EventItem> valid = items.stream().filter(EventItem::valid).toList();
        if (!valid.isEmpty()) {
            partitions.ensure(valid.stream().map(i -> i.occurredAt).toList());
            long[] t = new long[7];
            t[0] = System.nanoTime();
            try (Connection c = ds.getConnection()) {
                resolveGroups(c, caller, w.groupKeyVersion(), valid);
                valid = valid.stream().filter(EventItem::valid).toList();
                t[1] = System.nanoTime();
                resolveMembers(c, ws, w.identityVersion(), now, valid);
                valid = valid.stream().filter(EventItem::valid).toList();
                t[2] = System.nanoTime();
                List<EventItem> accepted = deduplicate(c, ws, valid);
                t[3] = System.nanoTime();
                if (!accepted.isEmpty()) {
                    insertEvents(c, ws, now, accepted);
                    t[4] = System.nanoTime();
                    memberships(c, ws, now, accepted);
                    t[5] = System.nanoTime();
                    rollups.enqueue(c, ws, now, accepted.stream().map(EventItem::stored).toList());
                    t[6] = System.nanoTime();
                    if (LOG.isDebugEnabled()) {
                        LOG.debugf("ingest %d items: groups %d ms, members %d ms, keys %d ms, insert %d ms, memberships %d ms,"
                                + " rollup queue %d ms", items.size(), (t[1] - t[0]) / 1_000_000, (t[2] - t[1]) / 1_000_000,
                                (t[3] - t[2]) / 1_000_000, (t[4] - t[3]) / 1_000_000, (t[5] - t[4]) / 1_000_000,
                                (t[6] - t[5]) / 1_000_000);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        for (EventItem i : items) {
            if (i.status == null) {
                i.status = ItemStatus.REJECTED;
                i.eventId = null;
            }
        }
        return items;
    }

    /** Groups by id or by platform group id: from the cache when seen before, else from the database, then into the cache. */
    private void resolveGroups(Connection c, Caller caller, long groupKeyVersion, List<EventItem> items) throws SQLException {
        UUID ws = caller.workspaceId();
        VersionedCache.Generation<GroupKeyCache.Group> cached = groupCache.of(ws, groupKeyVersion);
        Map<String, GroupKeyCache.Group> found = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        Map<String, EventItem.Ref> platformRefs = new HashMap<>();
        for (EventItem i : items) {
            String key = groupKey(i.group);
            if (found.containsKey(key)) {
                continue;
            }
            GroupKeyCache.Group g = cached == null ? null : cached.get(key);
            if (g != null) {
                found.put(key, g);
            } else if (i.group.id() != null) {
                ids.add(i.group.id());
            } else {
                platformRefs.put(key, i.group);
            }
        }
        String cols = "select group_id, platform, platform_group_id, assigned_operator_ids from chat_group where workspace_id = ?";
        if (!ids.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement(cols + " and group_id = any(?)")) {
                s.setObject(1, ws);
                s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                readGroups(s, found, cached);
            }
        }
        if (!platformRefs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select g.group_id, g.platform, g.platform_group_id, g.assigned_operator_ids"
                    + " from unnest(cast(? as varchar[]), cast(? as varchar[])) v(p, k) join lateral (select * from chat_group"
                    + " where workspace_id = ? and platform = v.p and platform_group_id = v.k) g on true")) {
                s.setObject(3, ws);
                s.setArray(1, c.createArrayOf("varchar", platformRefs.values().stream().map(EventItem.Ref::platform).toArray()));
                s.setArray(2, c.createArrayOf("varchar", platformRefs.values().stream().map(EventItem.Ref::platformId).toArray()));
                readGroups(s, found, cached);
            }
        }
        boolean restricted = groups.restrictedToAssigned(caller);
        for (EventItem i : items) {
            GroupKeyCache.Group g = found.get(groupKey(i.group));
            if (g == null || restricted && !List.of(g.assignedOperatorIds()).contains(caller.accessId())) {
                i.reject("/group", "no such group in this workspace" + (i.group.id() == null
                        ? " (platform " + i.group.platform() + ", platformGroupId " + i.group.platformId() + ")" : ""));
                continue;
            }
            i.groupId = g.id();
            i.platform = g.platform();
        }
    }

    /** A group reference as a cache key: "id:" + its id, or platform + "\n" + platform group id. */
    private static String groupKey(EventItem.Ref ref) {
        return ref.id() != null ? "id:" + ref.id() : ref.key();
    }

    /** Groups read from the database, into this batch's map and the cache (when this request may fill it). */
    private static void readGroups(PreparedStatement s, Map<String, GroupKeyCache.Group> found,
                                   VersionedCache.Generation<GroupKeyCache.Group> cached) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Array ops = r.getArray(4);
                GroupKeyCache.Group g = new GroupKeyCache.Group(r.getObject(1, UUID.class), r.getString(2),
                        ops == null ? new UUID[0] : (UUID[]) ops.getArray());
                List<String> keys = r.getString(3) == null ? List.of("id:" + g.id())
                        : List.of("id:" + g.id(), r.getString(2) + "\n" + r.getString(3));
                for (String key : keys) {
                    found.put(key, g);
                    if (cached != null) {
                        cached.put(key, g);
                    }
                }
            }
        }
    }

    /** Resolves member and inviter references; unknown identities create their member. */
    private void resolveMembers(Connection c, UUID ws, long identityVersion, Instant now, List<EventItem> items) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        for (EventItem i : items) {
            for (EventItem.Ref ref : refs(i)) {
                if (ref.id() != null) {
                    ids.add(ref.id());
                }
            }
        }
        // by id; a member merged into another stands for the survivor
        Map<UUID, Object[]> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select m.member_id, coalesce(s.member_id, m.member_id), coalesce(s.staff, m.staff)"
                    + " from member m left join member s on s.workspace_id = m.workspace_id and s.member_id = m.merged_into_member_id"
                    + " where m.workspace_id = ? and m.member_id = any(?)")) {
                s.setObject(1, ws);
                s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        byId.put(r.getObject(1, UUID.class), new Object[] {r.getObject(2, UUID.class), r.getBoolean(3)});
                    }
                }
            }
        }
        for (EventItem i : items) {
            checkId(i, i.member, "/member", byId);
            checkId(i, i.inviter, "/inviter", byId);
        }
        // by identity, only for items still valid: a rejected item creates nobody
        Map<String, EventItem.Ref> identities = new HashMap<>();
        for (EventItem i : items) {
            if (i.valid()) {
                for (EventItem.Ref ref : refs(i)) {
                    if (ref.id() == null) {
                        identities.put(ref.key(), ref);
                    }
                }
            }
        }
        Map<String, Object[]> byKey = new HashMap<>();
        // people seen before come from the cache; the others from the database, then into the cache
        VersionedCache.Generation<IdentityCache.Member> cached = identityCache.of(ws, identityVersion);
        List<EventItem.Ref> unknown = new ArrayList<>();
        for (EventItem.Ref ref : identities.values()) {
            IdentityCache.Member m = cached == null ? null : cached.get(ref.key());
            if (m != null) {
                byKey.put(ref.key(), new Object[] {m.memberId(), m.staff()});
            } else {
                unknown.add(ref);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.sort(Comparator.comparing(EventItem.Ref::key)); // new people are claimed in key order (no deadlock)
            Creator creator = creators.computeIfAbsent(ws, k -> new Creator());
            long creationsBefore = creator.creations;
            readIdentities(c, ws, unknown, byKey);
            List<EventItem.Ref> missing = unknown.stream().filter(r -> !byKey.containsKey(r.key())).toList();
            if (!missing.isEmpty()) {
                creator.lock.lock();
                try {
                    if (creator.creations != creationsBefore) {
                        // another batch created people since the read: maybe some of these
                        readIdentities(c, ws, missing, byKey);
                        missing = missing.stream().filter(r -> !byKey.containsKey(r.key())).toList();
                    }
                    if (!missing.isEmpty()) {
                        createInOwnTransaction(ws, now, missing, span(items), byKey);
                        creator.creations++;
                    }
                } finally {
                    creator.lock.unlock();
                }
            }
            if (cached != null) {
                for (EventItem.Ref ref : unknown) {
                    Object[] m = byKey.get(ref.key());
                    if (m != null) {
                        cached.put(ref.key(), new IdentityCache.Member((UUID) m[0], (Boolean) m[1]));
                    }
                }
            }
        }
        for (EventItem i : items) {
            if (!i.valid()) {
                continue;
            }
            Object[] m = i.member.id() != null ? byId.get(i.member.id()) : byKey.get(i.member.key());
            i.memberId = (UUID) m[0];
            i.staff = (Boolean) m[1];
            if (i.inviter != null) {
                i.inviterId = (UUID) (i.inviter.id() != null ? byId.get(i.inviter.id()) : byKey.get(i.inviter.key()))[0];
            }
        }
    }

    /**
     * In a short transaction of its own: a new person's member and identity are committed at
     * once, so concurrent batches bringing the same person wait milliseconds, not for each
     * other's commit; a member is idempotent (its identity is its natural key), so a batch failing
     * later leaves a member without events that its retry reuses.
     */
    private void createInOwnTransaction(UUID ws, Instant now, List<EventItem.Ref> missing, Map<String, Instant[]> span,
                                        Map<String, Object[]> byKey) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            try (Connection own = ds.getConnection()) {
                createMembers(own, ws, now, missing, span, byKey);
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /**
     * One batch of this replica creates a workspace's new people at a time; a batch that read
     * its identities before another's creation committed reads the missing ones again, so two
     * batches bringing the same new person do not both create them (the loser of that race
     * would take the one-by-one claim, 30 ms, and delete the members it made). Across replicas
     * the claim in {@link #createMembers} still decides.
     */
    private static final class Creator {
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        /** Creations committed so far; written under the lock. */
        volatile long creations;
    }

    private static List<EventItem.Ref> refs(EventItem i) {
        return i.inviter == null ? List.of(i.member) : List.of(i.member, i.inviter);
    }

    private static void checkId(EventItem i, EventItem.Ref ref, String at, Map<UUID, Object[]> byId) {
        if (ref != null && ref.id() != null && !byId.containsKey(ref.id())) {
            i.reject(at + "/id", "no such member in this workspace");
        }
    }

    private static void readIdentities(Connection c, UUID ws, java.util.Collection<EventItem.Ref> refs, Map<String, Object[]> byKey)
            throws SQLException {
        // a lateral join: one primary-key probe per identity, whatever the planner guesses of unnest()
        try (PreparedStatement s = c.prepareStatement("select x.platform, x.platform_user_id, x.member_id, x.staff"
                + " from unnest(cast(? as varchar[]), cast(? as varchar[])) v(p, u) join lateral ("
                + " select i.platform, i.platform_user_id, m.member_id, m.staff from member_identity i"
                + " join member m on m.workspace_id = i.workspace_id and m.member_id = i.member_id"
                + " where i.workspace_id = ? and i.platform = v.p and i.platform_user_id = v.u) x on true")) {
            s.setArray(1, c.createArrayOf("varchar", refs.stream().map(EventItem.Ref::platform).toArray()));
            s.setArray(2, c.createArrayOf("varchar", refs.stream().map(EventItem.Ref::platformId).toArray()));
            s.setObject(3, ws);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byKey.put(r.getString(1) + "\n" + r.getString(2), new Object[] {r.getObject(3, UUID.class), r.getBoolean(4)});
                }
            }
        }
    }

    /**
     * New people: a member per unknown identity, both by binary COPY. A concurrent batch may bring
     * the same person (the identity COPY waits for it, then fails on the taken key): the
     * identities are then claimed one by one with ON CONFLICT DO NOTHING, in the same order, those
     * another transaction took meanwhile are read back, and the members created for them here
     * are removed again.
     */
    private static void createMembers(Connection c, UUID ws, Instant now, List<EventItem.Ref> missing, Map<String, Instant[]> span,
                                      Map<String, Object[]> byKey) throws SQLException {
        Map<String, UUID> fresh = new LinkedHashMap<>();
        for (EventItem.Ref r : missing) {
            fresh.put(r.key(), Ids.newId());
        }
        // first/last seen from this batch's events of the person: the rollups' later update of the
        // same span then finds nothing to change
        BinaryCopy members = new BinaryCopy(6, fresh.size());
        for (var f : fresh.entrySet()) {
            Instant[] seen = span.get(f.getKey());
            members.row().uuid(ws).uuid(f.getValue()).timestamp(now).timestamp(now)
                    .timestamp(seen == null ? null : seen[0]).timestamp(seen == null ? null : seen[1]);
        }
        members.into(c, "member", "workspace_id, member_id, created_at, updated_at, first_seen_at, last_seen_at");
        BinaryCopy identities = new BinaryCopy(5, missing.size());
        for (EventItem.Ref r : missing) {
            identities.row().uuid(ws).text(r.platform()).text(r.platformId()).uuid(fresh.get(r.key())).timestamp(now);
        }
        Set<String> won = identities.intoUnlessTaken(c, "member_identity", "workspace_id, platform, platform_user_id, member_id,"
                + " created_at") ? fresh.keySet() : claimIdentities(c, ws, now, missing, fresh);
        for (String key : won) {
            byKey.put(key, new Object[] {fresh.get(key), false});
        }
        List<EventItem.Ref> lost = missing.stream().filter(r -> !won.contains(r.key())).toList();
        if (!lost.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("delete from member where workspace_id = ? and member_id = any(?)")) {
                s.setObject(1, ws);
                s.setArray(2, c.createArrayOf("uuid", lost.stream().map(r -> fresh.get(r.key())).toArray()));
                s.executeUpdate();
            }
            readIdentities(c, ws, lost, byKey);
        }
    }

    /** The identities one by one, in the order of {@code missing}; answers those claimed here. */
    private static Set<String> claimIdentities(Connection c, UUID ws, Instant now, List<EventItem.Ref> missing,
                                               Map<String, UUID> fresh) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into member_identity (workspace_id, platform, platform_user_id, member_id, created_at)"
                + " select ?, v.p, v.u, v.m, ? from unnest(cast(? as varchar[]), cast(? as varchar[]), cast(? as uuid[]))"
                + " with ordinality v(p, u, m, n) order by v.n on conflict do nothing returning platform, platform_user_id")) {
            s.setObject(1, ws);
            s.setTimestamp(2, Timestamp.from(now));
            s.setArray(3, c.createArrayOf("varchar", missing.stream().map(EventItem.Ref::platform).toArray()));
            s.setArray(4, c.createArrayOf("varchar", missing.stream().map(EventItem.Ref::platformId).toArray()));
            s.setArray(5, c.createArrayOf("uuid", missing.stream().map(r -> fresh.get(r.key())).toArray()));
            return claimed(s);
        }
    }

    /** Per member identity of the items: the first and last occurredAt. */
    private static Map<String, Instant[]> span(List<EventItem> items) {
        Map<String, Instant[]> span = new HashMap<>();
        for (EventItem i : items) {
            if (i.valid() && i.member.id() == null) {
                Instant[] s = span.computeIfAbsent(i.member.key(), k -> new Instant[] {i.occurredAt, i.occurredAt});
                if (i.occurredAt.isBefore(s[0])) s[0] = i.occurredAt;
                if (i.occurredAt.isAfter(s[1])) s[1] = i.occurredAt;
            }
        }
        return span;
    }


    /**
     * Sorts items into accepted, duplicate and conflict. The first item of each key claims it
     * in event_key; later items of the same key in the batch, and keys already claimed by an
     * earlier or concurrent batch, compare their payload hash with the winner's.
     */
    private static List<EventItem> deduplicate(Connection c, UUID ws, List<EventItem> items) throws SQLException {
        Map<String, EventItem> first = new TreeMap<>();
        for (EventItem i : items) {
            if (first.putIfAbsent(i.key(), i) == null) {
                i.eventId = Ids.newId();
            }
        }
        List<EventItem> firsts = new ArrayList<>(first.values());
        Set<String> won = claimAll(c, ws, firsts) ? first.keySet() : claimEach(c, ws, firsts);
        // the winner of each key: this batch's first item, or the event stored before
        Map<String, Object[]> winners = new HashMap<>();
        List<EventItem> taken = new ArrayList<>();
        for (EventItem i : firsts) {
            if (won.contains(i.key())) {
                winners.put(i.key(), new Object[] {i.eventId, i.hash});
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
                        winners.put(r.getString(1) + "\n" + r.getString(2), new Object[] {r.getObject(3, UUID.class), r.getString(4)});
                    }
                }
            }
        }
        List<EventItem> accepted = new ArrayList<>();
        for (EventItem i : items) {
            Object[] winner = winners.get(i.key());
            if (first.get(i.key()) == i && won.contains(i.key())) {
                i.status = ItemStatus.ACCEPTED;
                accepted.add(i);
            } else {
                i.eventId = (UUID) winner[0];
                if (winner[1].equals(i.hash)) {
                    i.status = ItemStatus.DUPLICATE;
                } else {
                    i.status = ItemStatus.CONFLICT;
                    i.errors.add(Problem.FieldError.body(i.at + "/platformEventId", "was already received with another payload"
                            + " (event " + winner[0] + "); the first one stands"));
                }
            }
        }
        return accepted;
    }

    /**
     * The usual case, every key of the batch new: one binary COPY claims them all, one index
     * insertion per key. A key already there (a retry, or a concurrent batch: COPY waits for it)
     * fails the COPY with a unique violation, which is undone: false, and {@link #claimEach}
     * sorts the keys out.
     */
    private static boolean claimAll(Connection c, UUID ws, List<EventItem> firsts) throws SQLException {
        BinaryCopy rows = new BinaryCopy(6, firsts.size());
        for (EventItem i : firsts) {
            rows.row().uuid(ws).text(i.platform).text(i.platformEventId).uuid(i.eventId).timestamp(i.occurredAt)
                    .bytea(java.util.HexFormat.of().parseHex(i.hash));
        }
        return rows.intoUnlessTaken(c, "event_key", "workspace_id, platform, platform_event_id, event_id, occurred_at, payload_hash");
    }

    /**
     * Claims the keys one by one (ON CONFLICT DO NOTHING), returns those claimed. In the same
     * order as {@link #claimAll} (the batch's key order), so two batches sharing keys, whichever
     * way each claims them, wait for each other instead of deadlocking.
     */
    private static Set<String> claimEach(Connection c, UUID ws, List<EventItem> firsts) throws SQLException {
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
            return claimed(s);
        }
    }

    /** Runs an insert ... on conflict do nothing returning (platform, its id): the keys it claimed, as EventItem keys. */
    private static Set<String> claimed(PreparedStatement s) throws SQLException {
        Set<String> won = new HashSet<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                won.add(r.getString(1) + "\n" + r.getString(2));
            }
        }
        return won;
    }

    /** The accepted events in one binary COPY: no value is encoded or parsed as text on either side. */
    private static void insertEvents(Connection c, UUID ws, Instant now, List<EventItem> items) throws SQLException {
        BinaryCopy rows = new BinaryCopy(17, items.size());
        for (EventItem i : items) {
            rows.row().uuid(ws).uuid(i.eventId).timestamp(i.occurredAt).timestamp(now).text(i.type).uuid(i.groupId).uuid(i.memberId)
                    .text(i.platform).text(i.platformEventId).uuid(i.activityId).int8(i.amount).text(i.currency).uuid(i.inviterId)
                    .text(i.questionKey()).bool(i.staff).bool(i.late).jsonb(i.detail == null ? null : i.detail.toString());
        }
        rows.into(c, "event", "workspace_id, event_id, occurred_at, received_at, type, group_id, member_id, platform,"
                + " platform_event_id, activity_id, amount_minor, currency, related_member_id, question_key, staff, late, detail");
    }

    /** joined/left events, handed to the membership ledger (which replays them in occurredAt order). */
    private void memberships(Connection c, UUID ws, Instant now, List<EventItem> accepted) throws SQLException {
        List<MembershipLedger.Move> moves = new ArrayList<>();
        for (EventItem i : accepted) {
            if (i.type.equals("joined") || i.type.equals("left")) {
                moves.add(new MembershipLedger.Move(i.groupId, i.memberId, i.occurredAt, i.type.equals("joined")));
            }
        }
        ledger.recordEvents(c, ws, now, moves);
    }
}
