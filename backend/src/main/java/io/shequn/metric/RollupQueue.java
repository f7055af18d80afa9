package io.shequn.metric;

import io.shequn.common.ByteWriter;
import io.shequn.common.Jdbc;
import io.shequn.common.WorkspaceLocks;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rollups' pending work (V9__rollup_queue.sql): the ingestion transaction appends one row per
 * batch, holding the fields of its accepted events that the rollups read, packed in a compact
 * binary form; {@link Rollups} folds them in under the workspace's writer lock. One insert per
 * batch in the ingestion transaction, with no lock that another batch could wait on.
 */
@ApplicationScoped
public class RollupQueue {
    /** Advisory lock class of the one rollup writer per workspace (also taken by metric_rebuild()). */
    static final int LOCK_CLASS = 21105;
    private static final int FORMAT = 1;

    /** Appends the events just stored, in the caller's (ingestion) transaction. */
    public void enqueue(Connection c, UUID ws, Instant now, List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into rollup_queue (workspace_id, queued_at, events, payload) values (?, ?, ?, ?)")) {
            ps.setObject(1, ws);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setInt(3, events.size());
            ps.setBytes(4, pack(events));
            ps.executeUpdate();
        }
    }

    /** Waits for, then holds until commit, the right to write this workspace's rollups. */
    static void lock(Connection c, UUID ws) throws SQLException {
        WorkspaceLocks.hold(c, LOCK_CLASS, ws);
    }

    /** The same without waiting: false when another writer holds it. */
    static boolean tryLock(Connection c, UUID ws) throws SQLException {
        return WorkspaceLocks.tryHold(c, LOCK_CLASS, ws);
    }

    /** The last sequence number queued for the workspace, null when nothing is (one index probe). */
    static Long lastSeq(Connection c, UUID ws) throws SQLException {
        return Jdbc.scalar(c, Long.class, "select max(seq) from rollup_queue where workspace_id = ?", ws);
    }

    /** Events queued for the workspace and not folded in yet. */
    static long eventsQueued(Connection c, UUID ws) throws SQLException {
        return Jdbc.scalar(c, Long.class, "select coalesce(sum(events), 0) from rollup_queue where workspace_id = ?", ws);
    }

    static List<UUID> workspacesPending(Connection c) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct workspace_id from rollup_queue");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class));
            }
        }
        return out;
    }

    /**
     * Takes up to {@code maxEvents} events (at least one row) of the oldest pending rows, up to
     * sequence number {@code upTo}, off the queue, in the caller's transaction: they are gone only
     * if that transaction commits.
     */
    static List<StoredEvent> take(Connection c, UUID ws, int maxEvents, long upTo) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select seq, events, payload from rollup_queue where workspace_id = ? and seq <= ? order by seq limit 200")) {
            ps.setObject(1, ws);
            ps.setLong(2, upTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && (seqs.isEmpty() || out.size() + rs.getInt(2) <= maxEvents)) {
                    seqs.add(rs.getLong(1));
                    out.addAll(unpack(rs.getBytes(3)));
                }
            }
        }
        if (!seqs.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("delete from rollup_queue where workspace_id = ? and seq = any(?)")) {
                ps.setObject(1, ws);
                ps.setObject(2, seqs.stream().mapToLong(Long::longValue).toArray());
                ps.executeUpdate();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ packing

    private static final int STAFF = 1, GROUP = 2, MEMBER = 4, AMOUNT = 8, QUESTION = 16;

    static byte[] pack(List<StoredEvent> events) {
        ByteWriter out = new ByteWriter(8 + events.size() * 72);
        out.u8(FORMAT).i32(events.size());
        for (StoredEvent e : events) {
            int flags = (e.staff() ? STAFF : 0) | (e.groupId() != null ? GROUP : 0) | (e.memberId() != null ? MEMBER : 0)
                    | (e.amountMinor() != null ? AMOUNT : 0) | (e.questionKey() != null ? QUESTION : 0);
            out.u8(flags).utf(e.type()).utf(e.platform()).i64(ChronoUnit.MICROS.between(Instant.EPOCH, e.occurredAt()));
            if (e.groupId() != null) {
                out.i64(e.groupId().getMostSignificantBits()).i64(e.groupId().getLeastSignificantBits());
            }
            if (e.memberId() != null) {
                out.i64(e.memberId().getMostSignificantBits()).i64(e.memberId().getLeastSignificantBits());
            }
            if (e.amountMinor() != null) {
                out.i64(e.amountMinor()).utf(e.currency() == null ? "" : e.currency());
            }
            if (e.questionKey() != null) {
                out.utf(e.questionKey());
            }
        }
        return out.toByteArray();
    }

    /** The events as the rollups need them (their own id, activity and inviter are not kept). */
    static List<StoredEvent> unpack(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalStateException("rollup_queue payload format " + format + " is not known to this version");
            }
            int n = in.readInt();
            List<StoredEvent> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int flags = in.readByte();
                String type = in.readUTF();
                String platform = in.readUTF();
                Instant at = Instant.EPOCH.plus(in.readLong(), ChronoUnit.MICROS);
                UUID group = (flags & GROUP) != 0 ? new UUID(in.readLong(), in.readLong()) : null;
                UUID member = (flags & MEMBER) != 0 ? new UUID(in.readLong(), in.readLong()) : null;
                Long amount = null;
                String currency = null;
                if ((flags & AMOUNT) != 0) {
                    amount = in.readLong();
                    currency = in.readUTF();
                    currency = currency.isEmpty() ? null : currency;
                }
                String question = (flags & QUESTION) != 0 ? in.readUTF() : null;
                out.add(new StoredEvent(null, type, group, member, platform, at, (flags & STAFF) != 0, amount, currency,
                        null, null, question));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
