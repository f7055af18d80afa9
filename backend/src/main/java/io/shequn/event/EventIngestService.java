package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.BinaryCopy;
import io.shequn.common.Times;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.event.EventDtos.BatchResult;
import io.shequn.event.EventDtos.EventView;
import io.shequn.event.EventDtos.ItemResult;
import io.shequn.event.EventDtos.ItemStatus;
import io.shequn.member.IdentityLock;
import io.shequn.member.MembershipLedger;
import io.shequn.metric.RollupQueue;
import io.shequn.metric.Rollups;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The ingestion path, single events and batches alike: one flow, one transaction per request.
 * <ol>
 * <li>{@link #through}: at most a few requests of this replica write at once (IngestGate: the
 * others wait, or get 503; a merge of the workspace makes the request wait and run again), and
 * once the request committed, the rollups' back-pressure (metric.Rollups.afterIngest);</li>
 * <li>every item is checked on its own (EventParser); a bad item is rejected with its fields at
 * fault, the others go on;</li>
 * <li>groups ({@link GroupResolver}) and members ({@link MemberResolver}, which creates the
 * unknown people) are resolved in a few set-based queries per request;</li>
 * <li>de-duplication by (platform, platform event id) ({@link EventKeys});</li>
 * <li>accepted events are written with one binary COPY, joined/left events go to the membership
 * ledger (member.MembershipLedger: memberships, member counts, capacity alerts), the events are
 * queued for the metric rollups (folded in within a second, and before any metric read), and the
 * whole commits at once: the answer is sent only after the commit, and a failure writes nothing.</li>
 * </ol>
 * Plain JDBC on the transaction's connection: one ORM entity per event would be an INSERT and a
 * flush per row, ~10x slower. The events go in by binary COPY (common.BinaryCopy): the multi-row
 * INSERT over unnest() arrays it replaced spent most of its time encoding and parsing 16 text
 * arrays (docs/benchmarks.md, section 3). The other statements stay multi-row statements over
 * unnest(): they need ON CONFLICT or RETURNING, which COPY has not.
 *
 * <p>Locks are taken in one order (event keys sorted by key, then groups sorted by id, last, so
 * they are held for the shortest time), so concurrent requests wait for each other but do not
 * deadlock. The members' first/last seen follow with the rollups.
 */
@ApplicationScoped
public class EventIngestService {
    public static final int MAX_BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(EventIngestService.class);
    static final Set<Role> PUSHERS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR, Role.INTEGRATION);

    private final WorkspaceAccess access;
    private final AgroalDataSource ds;
    private final IngestGate gate;
    private final Rollups rollups;
    private final RollupQueue queue;
    private final EventPartitions partitions;
    private final GroupResolver groups;
    private final MemberResolver members;
    private final MembershipLedger ledger;

    public EventIngestService(WorkspaceAccess access, AgroalDataSource ds, IngestGate gate, Rollups rollups, RollupQueue queue,
                              EventPartitions partitions, GroupResolver groups, MemberResolver members, MembershipLedger ledger) {
        this.access = access;
        this.ds = ds;
        this.gate = gate;
        this.rollups = rollups;
        this.queue = queue;
        this.partitions = partitions;
        this.groups = groups;
        this.members = members;
        this.ledger = ledger;
    }

    /** The answer of the single POST: the event, and whether it was stored now (201) or before (200). */
    public record Single(EventView event, boolean created) {
    }

    /**
     * The door of both paths, around the request's transaction ({@link #batch} or {@link #single},
     * with its idempotency record): a writer slot of IngestGate, then, once committed, the
     * rollups' back-pressure when they fall behind.
     */
    public <T> T through(UUID workspaceId, Supplier<T> transaction) {
        T answer = gate.through(transaction);
        rollups.afterIngest(workspaceId);
        return answer;
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
        Map<ItemStatus, Integer> counts = new EnumMap<>(ItemStatus.class);
        List<ItemResult> results = new ArrayList<>(items.size());
        for (EventItem i : items) {
            counts.merge(i.status, 1, Integer::sum);
            results.add(new ItemResult(i.index, i.status, i.eventId, i.status == ItemStatus.ACCEPTED && i.late, List.copyOf(i.errors)));
        }
        return new BatchResult(counts.getOrDefault(ItemStatus.ACCEPTED, 0), counts.getOrDefault(ItemStatus.DUPLICATE, 0),
                counts.getOrDefault(ItemStatus.CONFLICT, 0), counts.getOrDefault(ItemStatus.REJECTED, 0), results);
    }

    @Transactional
    public Single single(UUID workspaceId, JsonNode node) {
        Caller caller = access.require(workspaceId, PUSHERS);
        Instant now = Times.now();
        EventItem i = ingest(caller, List.of(node == null ? NullNode.instance : node), null, now).get(0);
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

    /** An event by id (any month). */
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
            Laps laps = new Laps();
            try (Connection c = ds.getConnection()) {
                ActivityRefs.check(c, ws, valid);
                valid = valid.stream().filter(EventItem::valid).toList();
                groups.resolve(c, caller, w.groupKeyVersion(), valid);
                valid = valid.stream().filter(EventItem::valid).toList();
                laps.lap("groups");
                members.resolve(c, ws, w.identityVersion(), now, valid);
                valid = valid.stream().filter(EventItem::valid).toList();
                laps.lap("members");
                List<EventItem> accepted = EventKeys.deduplicate(c, ws, valid);
                laps.lap("keys");
                if (!accepted.isEmpty()) {
                    insertEvents(c, ws, now, accepted);
                    laps.lap("insert");
                    memberships(c, ws, now, accepted);
                    laps.lap("memberships");
                    queue.enqueue(c, ws, now, accepted.stream().map(EventItem::stored).toList());
                    laps.lap("rollup queue");
                }
                if (LOG.isDebugEnabled()) {
                    LOG.debugf("ingest %d items:%s", items.size(), laps);
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

    /** Time per step of a request, for the debug log. */
    private static final class Laps {
        private final StringBuilder text = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            text.append(' ').append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return text.toString();
        }
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
