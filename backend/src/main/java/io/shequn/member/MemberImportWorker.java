package io.shequn.member;

import static io.shequn.common.Enums.wire;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.shequn.common.Enums;
import io.shequn.common.Ids;
import io.shequn.common.Platform;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.jobs.JobFailures;
import io.shequn.member.MemberEnums.MembershipRole;
import io.shequn.member.MemberEnums.SourceChannel;
import io.shequn.member.MemberImportDtos.RowError;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Runs CSV import jobs. Every replica polls; a job is claimed with SELECT ... FOR UPDATE SKIP
 * LOCKED, so each job has one worker. Rows are applied in batches of {@value #BATCH} with plain
 * JDBC (multi-row statements over unnest() arrays; one ORM entity per row would be ~10x
 * slower), each batch in one transaction together with the job's progress, counters and row
 * errors. Every row is checked before anything is written, so a batch normally commits whole;
 * if its statements still fail (a concurrent write took an identity meanwhile), the batch is
 * rolled back and its rows are applied one transaction each, the failing ones reported.
 *
 * <p>After a crash or restart, a job left "running" stops sending heartbeats; once its
 * heartbeat is older than {@link #STALE} any replica claims it again and resumes after the
 * last committed batch (rows are idempotent anyway). A job abandoned {@value #MAX_ATTEMPTS}
 * times is marked failed (a file that kills the worker must not kill it forever).
 */
@ApplicationScoped
public class MemberImportWorker {
    static final int BATCH = 500;
    /** Rows created between two statistics refreshes while a job runs, and at least created for one at its end. */
    static final int ANALYZE_EVERY = 50_000;
    static final int ANALYZE_AFTER = 5_000;
    static final Duration STALE = Duration.ofMinutes(2);
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(MemberImportWorker.class);
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{4,30}$");
    private static final String SEP = "\u001f";

    private final AgroalDataSource ds;
    private final AuditLog audit;
    private final MembershipLedger ledger;

    public MemberImportWorker(AgroalDataSource ds, AuditLog audit, MembershipLedger ledger) {
        this.ds = ds;
        this.audit = audit;
        this.ledger = ledger;
    }

    @Scheduled(every = "${shequn.imports.poll-interval:2s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        Job job;
        try {
            while ((job = claim()) != null) {
                run(job);
            }
        } catch (RuntimeException e) {
            // claiming failed (run() keeps its own failures): the database is away, most likely
            JobFailures.failed(LOG, "The import worker", e);
            return;
        }
        JobFailures.succeeded(LOG, "The import worker");
    }

    /** A claimed job: what the worker carries between batches. */
    static final class Job {
        UUID workspaceId;
        UUID id;
        UUID token;
        String createdBy;
        UUID restrictTo;
        Integer rowsTotal;
        int rowsDone;
        int imported;
        int updated;
        int failed;
        int errorNo;

        /** The counters, to restore when a transaction that counted rolls back. */
        int[] snapshot() {
            return new int[] {rowsDone, imported, updated, failed, errorNo};
        }

        void restore(int[] s) {
            rowsDone = s[0];
            imported = s[1];
            updated = s[2];
            failed = s[3];
            errorNo = s[4];
        }
    }

    /** Claims the oldest queued job, or a running one abandoned by its worker. */
    Job claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = ds.getConnection()) {
                Job job = null;
                int attempts;
                try (PreparedStatement s = c.prepareStatement("select workspace_id, import_id, created_by, restrict_to_access_id,"
                        + " rows_total, rows_done, rows_imported, rows_updated, rows_failed, attempts from member_import"
                        + " where status = 'queued' or (status = 'running' and heartbeat_at < ?)"
                        + " order by created_at limit 1 for update skip locked")) {
                    s.setTimestamp(1, Timestamp.from(Times.now().minus(STALE)));
                    try (ResultSet r = s.executeQuery()) {
                        if (!r.next()) {
                            return null;
                        }
                        job = new Job();
                        job.workspaceId = r.getObject(1, UUID.class);
                        job.id = r.getObject(2, UUID.class);
                        job.createdBy = r.getString(3);
                        job.restrictTo = r.getObject(4, UUID.class);
                        job.rowsTotal = (Integer) r.getObject(5);
                        job.rowsDone = r.getInt(6);
                        job.imported = r.getInt(7);
                        job.updated = r.getInt(8);
                        job.failed = r.getInt(9);
                        attempts = r.getInt(10);
                    }
                }
                if (attempts >= MAX_ATTEMPTS) {
                    finish(c, job, "failed", "The import was interrupted " + attempts
                            + " times (server restarts or crashes) and was given up; rows done before stay applied. Upload the file again to finish it.");
                    return claim();
                }
                job.token = UUID.randomUUID();
                try (PreparedStatement s = c.prepareStatement("update member_import set status = 'running', worker_token = ?,"
                        + " heartbeat_at = ?, attempts = attempts + 1, started_at = coalesce(started_at, ?)"
                        + " where workspace_id = ? and import_id = ?")) {
                    Timestamp now = Timestamp.from(Times.now());
                    s.setObject(1, job.token);
                    s.setTimestamp(2, now);
                    s.setTimestamp(3, now);
                    s.setObject(4, job.workspaceId);
                    s.setObject(5, job.id);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "select coalesce(max(error_no), 0) from member_import_error where workspace_id = ? and import_id = ?")) {
                    s.setObject(1, job.workspaceId);
                    s.setObject(2, job.id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        job.errorNo = r.getInt(1);
                    }
                }
                return job;
            }
        });
    }

    /** Thrown when another worker took the job over (this one was too slow): stop without writing. */
    static final class LostJob extends RuntimeException {
        LostJob() {
            super(null, null, false, false);
        }
    }

    void run(Job job) {
        long started = System.nanoTime();
        try {
            byte[] file = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                        "select content from member_import_file where workspace_id = ? and import_id = ?")) {
                    s.setObject(1, job.workspaceId);
                    s.setObject(2, job.id);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? r.getBytes(1) : null;
                    }
                }
            });
            if (file == null) {
                QuarkusTransaction.requiringNew().run(() -> withConnection(c -> finish(c, job, "failed", "The uploaded file is missing.")));
                return;
            }
            List<String> header = MemberImportService.header(file);
            if (job.rowsTotal == null) {
                int total = 0;
                MemberCsv.Reader counter = new MemberCsv.Reader(file);
                counter.next();
                while (counter.next() != null) {
                    total++;
                }
                job.rowsTotal = total;
                QuarkusTransaction.requiringNew().run(() -> withConnection(c -> progress(c, job, 0, 0, 0, 0, List.of())));
            }
            MemberCsv.Reader reader = new MemberCsv.Reader(file);
            reader.next();
            for (int i = 0; i < job.rowsDone; i++) {
                reader.next();
            }
            List<MemberCsv.Record> batch = new ArrayList<>(BATCH);
            MemberCsv.Record record;
            int analyzedAt = job.imported;
            while ((record = reader.next()) != null) {
                batch.add(record);
                if (batch.size() >= BATCH) {
                    applyBatch(job, header, batch);
                    batch.clear();
                    if (job.imported - analyzedAt >= ANALYZE_EVERY) {
                        analyze();
                        analyzedAt = job.imported;
                    }
                }
            }
            if (!batch.isEmpty()) {
                applyBatch(job, header, batch);
            }
            QuarkusTransaction.requiringNew().run(() -> withConnection(c -> finish(c, job, "succeeded", null)));
            if (job.imported - analyzedAt >= ANALYZE_AFTER) {
                analyze();
            }
            LOG.infof("Import %s: %d rows in %d ms (%d created, %d updated, %d failed)", job.id, job.rowsDone,
                    (System.nanoTime() - started) / 1_000_000, job.imported, job.updated, job.failed);
        } catch (LostJob e) {
            LOG.warnf("Import %s was taken over by another worker", job.id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s failed", job.id);
            try {
                QuarkusTransaction.requiringNew().run(() -> withConnection(c -> finish(c, job, "failed",
                        "The import stopped on an unexpected error after " + job.rowsDone + " rows; rows done stay applied. Upload the file again to finish it.")));
            } catch (RuntimeException again) {
                LOG.errorf(again, "Import %s could not be marked failed; it will be claimed again", job.id);
            }
        }
    }

    /**
     * Refreshes the planner's statistics of the tables an import grows. Measured: right after a
     * 100k-row import into an empty workspace, before autovacuum had analyzed the tables, a
     * re-import of the same file took 70-85 s (the per-batch lookups were planned for tiny tables
     * and scanned them whole); with fresh statistics, 13 s. ANALYZE samples, so it costs well
     * under a second even at millions of rows.
     */
    private void analyze() {
        try (Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("analyze member, member_identity, membership");
        } catch (SQLException e) {
            LOG.warnf("Could not refresh table statistics after an import: %s", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- rows

    /** A row that passed the field checks. Empty cells are null: "not given", the member's value stays. */
    record Row(int line, String platform, String userId, String displayName, String phone, String[] tags, String tier,
               Long points, String channel, String notes, UUID groupId, String platformGroupId, String groupRole,
               String inviterUserId) {
        boolean joins() {
            return groupId != null || platformGroupId != null;
        }

        String groupKey() {
            return groupId != null ? "id:" + groupId : "p:" + platform + ":" + platformGroupId;
        }
    }

    record Group(UUID id, String platform, String platformGroupId, UUID[] operators) {
    }

    /**
     * A member's values from the batch's rows (null: not given, the stored value stays); rows of
     * the same member later in the batch add their given cells.
     */
    static final class Values {
        final UUID memberId;
        final String platform;
        final String userId;
        String displayName;
        String tier;
        Long points;
        String channel;
        UUID inviter;
        String phone;
        String notes;
        String tags;
        /** whether a row joined a group (first seen is set then) */
        boolean joins;

        Values(UUID memberId, Row row, UUID inviter, boolean joins) {
            this.memberId = memberId;
            this.platform = row.platform();
            this.userId = row.userId();
            this.displayName = row.displayName();
            this.tier = row.tier();
            this.points = row.points();
            this.channel = row.channel();
            this.inviter = inviter;
            this.phone = row.phone();
            this.notes = row.notes();
            this.tags = row.tags() == null ? null : String.join(SEP, row.tags());
            this.joins = joins;
        }

        void add(Values later) {
            if (later.displayName != null) displayName = later.displayName;
            if (later.tier != null) tier = later.tier;
            if (later.points != null) points = later.points;
            if (later.channel != null) channel = later.channel;
            if (later.inviter != null) inviter = later.inviter;
            if (later.phone != null) phone = later.phone;
            if (later.notes != null) notes = later.notes;
            if (later.tags != null) tags = later.tags;
            joins |= later.joins;
        }
    }

    /** Checks the fields of a record; adds its errors and answers null when there is any. */
    static Row parse(List<String> header, MemberCsv.Record r, List<RowError> errors) {
        if (r.error() != null) {
            errors.add(new RowError(r.line(), null, r.error()));
            return null;
        }
        if (r.fields().size() != header.size()) {
            errors.add(new RowError(r.line(), null, "has " + r.fields().size() + " fields, the header has " + header.size()));
            return null;
        }
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String s = r.fields().get(i).trim();
            v.put(header.get(i), s.isEmpty() ? null : s);
        }
        int before = errors.size();
        int line = r.line();
        String platform = v.get(MemberCsv.PLATFORM);
        if (platform == null) {
            errors.add(new RowError(line, MemberCsv.PLATFORM, "is required"));
        } else {
            platform = enumValue(Platform.class, line, MemberCsv.PLATFORM, platform, errors);
        }
        String userId = text(v, MemberCsv.PLATFORM_USER_ID, 128, line, errors);
        if (userId == null && v.get(MemberCsv.PLATFORM_USER_ID) == null) {
            errors.add(new RowError(line, MemberCsv.PLATFORM_USER_ID, "is required"));
        }
        String displayName = text(v, MemberCsv.DISPLAY_NAME, 100, line, errors);
        String phone = v.get(MemberCsv.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new RowError(line, MemberCsv.PHONE, "must be a phone number (digits, spaces, dashes, optional leading +)"));
        }
        String[] tags = null;
        if (v.get(MemberCsv.TAGS) != null) {
            tags = Arrays.stream(v.get(MemberCsv.TAGS).split(Pattern.quote(MemberCsv.TAG_SEPARATOR))).map(String::trim)
                    .filter(t -> !t.isEmpty()).distinct().toArray(String[]::new);
            if (tags.length > 20) {
                errors.add(new RowError(line, MemberCsv.TAGS, "at most 20 tags"));
            } else if (Arrays.stream(tags).anyMatch(t -> t.length() > 50)) {
                errors.add(new RowError(line, MemberCsv.TAGS, "a tag is longer than 50 characters"));
            }
        }
        String tier = text(v, MemberCsv.TIER, 32, line, errors);
        Long points = null;
        if (v.get(MemberCsv.POINTS) != null) {
            try {
                points = Long.parseLong(v.get(MemberCsv.POINTS));
                if (points < 0 || points > 1_000_000_000L) {
                    errors.add(new RowError(line, MemberCsv.POINTS, "must be between 0 and 1000000000"));
                }
            } catch (NumberFormatException e) {
                errors.add(new RowError(line, MemberCsv.POINTS, "must be a whole number"));
            }
        }
        String channel = v.get(MemberCsv.SOURCE_CHANNEL) == null ? null
                : enumValue(SourceChannel.class, line, MemberCsv.SOURCE_CHANNEL, v.get(MemberCsv.SOURCE_CHANNEL), errors);
        String notes = text(v, MemberCsv.NOTES, 2000, line, errors);
        UUID groupId = null;
        if (v.get(MemberCsv.GROUP_ID) != null) {
            try {
                groupId = UUID.fromString(v.get(MemberCsv.GROUP_ID));
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(line, MemberCsv.GROUP_ID, "must be a UUID"));
            }
        }
        String platformGroupId = text(v, MemberCsv.PLATFORM_GROUP_ID, 128, line, errors);
        if (v.get(MemberCsv.GROUP_ID) != null && platformGroupId != null) {
            errors.add(new RowError(line, MemberCsv.PLATFORM_GROUP_ID, "give group_id or platform_group_id, not both"));
        }
        String role = v.get(MemberCsv.GROUP_ROLE) == null ? null
                : enumValue(MembershipRole.class, line, MemberCsv.GROUP_ROLE, v.get(MemberCsv.GROUP_ROLE), errors);
        if (role != null && v.get(MemberCsv.GROUP_ID) == null && platformGroupId == null) {
            errors.add(new RowError(line, MemberCsv.GROUP_ROLE, "needs group_id or platform_group_id"));
        }
        String inviter = text(v, MemberCsv.INVITED_BY, 128, line, errors);
        if (inviter != null && inviter.equals(userId)) {
            errors.add(new RowError(line, MemberCsv.INVITED_BY, "a member cannot invite themselves"));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Row(line, platform, userId, displayName, phone, tags, tier, points, channel, notes, groupId, platformGroupId,
                role, inviter);
    }

    private static String text(Map<String, String> v, String column, int max, int line, List<RowError> errors) {
        String s = v.get(column);
        if (s != null && s.codePointCount(0, s.length()) > max) {
            errors.add(new RowError(line, column, "is longer than " + max + " characters"));
            return null;
        }
        return s;
    }

    private static <E extends Enum<E>> String enumValue(Class<E> type, int line, String column, String value, List<RowError> errors) {
        try {
            return wire(Enums.fromWire(type, value));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enums::wire).toList()));
            return null;
        }
    }

    // ---------------------------------------------------------------- batches

    /** Applies a batch in one transaction; on a database error, its rows one transaction each. */
    void applyBatch(Job job, List<String> header, List<MemberCsv.Record> records) {
        int[] snapshot = job.snapshot();
        try {
            QuarkusTransaction.requiringNew().run(() -> withConnection(c -> apply(c, job, header, records, false)));
        } catch (LostJob e) {
            throw e;
        } catch (RuntimeException e) {
            job.restore(snapshot);
            if (records.size() == 1) {
                throw e;
            }
            LOG.debugf(e, "Import %s: batch at line %d failed, retrying its rows one by one", job.id, records.get(0).line());
            for (MemberCsv.Record r : records) {
                int[] rowSnapshot = job.snapshot();
                try {
                    QuarkusTransaction.requiringNew().run(() -> withConnection(c -> apply(c, job, header, List.of(r), false)));
                } catch (LostJob lost) {
                    throw lost;
                } catch (RuntimeException rowFailure) {
                    LOG.warnf("Import %s: line %d could not be stored: %s", job.id, r.line(), rowFailure.getMessage());
                    job.restore(rowSnapshot);
                    QuarkusTransaction.requiringNew().run(() -> withConnection(c -> apply(c, job, header, List.of(r), true)));
                }
            }
        }
    }

    /**
     * Checks every row against the database (groups, capacity, inviters, existing identities),
     * then writes the good ones with one statement per table, and the job's progress.
     * With failAll, every row is reported as not stored (a row whose write failed on its own).
     */
    private void apply(Connection c, Job job, List<String> header, List<MemberCsv.Record> records, boolean failAll) throws SQLException {
        Instant now = Times.now();
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (MemberCsv.Record r : records) {
            if (failAll) {
                errors.add(new RowError(r.line(), null, "could not be stored (it conflicts with a change made at the same time); import it again"));
                continue;
            }
            Row row = parse(header, r, errors);
            if (row != null) {
                rows.add(row);
            }
        }
        // like an ingestion batch: a merge or an erasure waits for this one, or this one for it,
        // so no membership or update lands on a member merged away or erased meanwhile
        IdentityLock.share(ds, job.workspaceId);
        // groups of the batch, locked in id order by the ledger (as API joins and event batches: no deadlock)
        Map<String, Group> groups = findGroups(c, job, rows);
        MembershipLedger.Joins joins = ledger.joins(c, job.workspaceId, groups.values().stream().map(Group::id).toList());
        // identities already known: the rows' own and their inviters'
        Map<Identity, UUID> known = identities(c, job.workspaceId, rows);
        // current memberships of the known members in those groups
        Set<MembershipLedger.Pair> current = currentMemberships(c, job.workspaceId, rows, known, groups);

        List<Values> creates = new ArrayList<>();
        List<Values> updates = new ArrayList<>();
        Map<UUID, Values> pending = new HashMap<>();
        int imported = 0;
        int updated = 0;
        for (Row row : rows) {
            Group group = null;
            String groupColumn = row.groupId() != null ? MemberCsv.GROUP_ID : MemberCsv.PLATFORM_GROUP_ID;
            if (row.joins()) {
                group = groups.get(row.groupKey());
                if (group == null) {
                    errors.add(new RowError(row.line(), groupColumn,
                            "no such group in this workspace" + (row.groupId() == null ? " on " + row.platform() : "")));
                    continue;
                }
                if (job.restrictTo != null && !Arrays.asList(group.operators()).contains(job.restrictTo)) {
                    errors.add(new RowError(row.line(), groupColumn, "no such group in this workspace"));
                    continue;
                }
            }
            UUID inviter = null;
            if (row.inviterUserId() != null) {
                inviter = known.get(new Identity(row.platform(), row.inviterUserId()));
                if (inviter == null) {
                    errors.add(new RowError(row.line(), MemberCsv.INVITED_BY,
                            "no member with this identity on " + row.platform() + " (it must exist already or come on an earlier line)"));
                    continue;
                }
            }
            Identity identity = new Identity(row.platform(), row.userId());
            UUID memberId = known.get(identity);
            boolean isNew = memberId == null;
            if (isNew) {
                memberId = Ids.newId();
            }
            if (memberId.equals(inviter)) {
                errors.add(new RowError(row.line(), MemberCsv.INVITED_BY, "a member cannot invite themselves"));
                continue;
            }
            MembershipLedger.Pair pair = group == null ? null : new MembershipLedger.Pair(group.id(), memberId);
            boolean join = pair != null && (isNew || !current.contains(pair));
            if (join) {
                MembershipLedger.Admission admission = joins.add(new MembershipLedger.Join(group.id(), memberId,
                        row.groupRole() == null ? "member" : row.groupRole(), null, inviter));
                if (admission.refusal() == MembershipLedger.Refusal.ARCHIVED) {
                    errors.add(new RowError(row.line(), groupColumn, "the group is archived"));
                    continue;
                }
                if (admission.refusal() == MembershipLedger.Refusal.FULL) {
                    errors.add(new RowError(row.line(), groupColumn, "the group is at its hard limit of "
                            + joins.hardLimit(group.id()) + " members"));
                    continue;
                }
                current.add(pair);
            }
            Values values = new Values(memberId, row, inviter, join);
            Values earlier = pending.get(memberId);
            if (earlier != null) {
                // the same member on an earlier line of this batch (another identity or group): the given cells add up
                earlier.add(values);
                updated++;
                continue;
            }
            pending.put(memberId, values);
            if (isNew) {
                creates.add(values);
                known.put(identity, memberId);
                imported++;
            } else {
                updates.add(values);
                updated++;
            }
        }
        write(c, job.workspaceId, now, creates, updates);
        joins.write(now);
        errors.sort(java.util.Comparator.comparingInt(RowError::line));
        int failedRows = (int) errors.stream().mapToInt(RowError::line).distinct().count();
        progress(c, job, records.size(), imported, updated, failedRows, errors);
    }

    private static Map<String, Group> findGroups(Connection c, Job job, List<Row> rows) throws SQLException {
        Set<UUID> ids = new LinkedHashSet<>();
        List<String> platforms = new ArrayList<>();
        List<String> platformIds = new ArrayList<>();
        for (Row r : rows) {
            if (r.groupId() != null) {
                ids.add(r.groupId());
            } else if (r.platformGroupId() != null) {
                platforms.add(r.platform());
                platformIds.add(r.platformGroupId());
            }
        }
        Map<String, Group> result = new HashMap<>();
        if (ids.isEmpty() && platforms.isEmpty()) {
            return result;
        }
        try (PreparedStatement s = c.prepareStatement("select group_id, platform, platform_group_id, assigned_operator_ids"
                + " from chat_group where workspace_id = ? and (group_id = any(?) or (platform, platform_group_id)"
                + " in (select * from unnest(cast(? as varchar[]), cast(? as varchar[]))))")) {
            s.setObject(1, job.workspaceId);
            s.setArray(2, c.createArrayOf("uuid", ids.toArray()));
            s.setArray(3, c.createArrayOf("varchar", platforms.toArray()));
            s.setArray(4, c.createArrayOf("varchar", platformIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Array ops = r.getArray(4);
                    Group g = new Group(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                            ops == null ? new UUID[0] : (UUID[]) ops.getArray());
                    result.put("id:" + g.id(), g);
                    if (g.platformGroupId() != null) {
                        result.put("p:" + g.platform() + ":" + g.platformGroupId(), g);
                    }
                }
            }
        }
        return result;
    }

    /** A member identity (platform, platform user id): the import's key of a person. */
    record Identity(String platform, String userId) {
    }

    private static Map<Identity, UUID> identities(Connection c, UUID workspaceId, List<Row> rows) throws SQLException {
        Set<Identity> keys = new LinkedHashSet<>();
        for (Row r : rows) {
            keys.add(new Identity(r.platform(), r.userId()));
            if (r.inviterUserId() != null) {
                keys.add(new Identity(r.platform(), r.inviterUserId()));
            }
        }
        Map<Identity, UUID> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        // one primary-key lookup per identity, whatever the table's statistics say (a join against
        // unnest() may be planned as a hash join over the whole table, slower as the table grows)
        try (PreparedStatement s = c.prepareStatement("select k.p, k.u, (select i.member_id from member_identity i"
                + " where i.workspace_id = ? and i.platform = k.p and i.platform_user_id = k.u)"
                + " from unnest(cast(? as varchar[]), cast(? as varchar[])) k(p, u)")) {
            s.setObject(1, workspaceId);
            s.setArray(2, c.createArrayOf("varchar", keys.stream().map(Identity::platform).toArray()));
            s.setArray(3, c.createArrayOf("varchar", keys.stream().map(Identity::userId).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    UUID member = r.getObject(3, UUID.class);
                    if (member != null) {
                        result.put(new Identity(r.getString(1), r.getString(2)), member);
                    }
                }
            }
        }
        return result;
    }

    /** The current memberships of the rows' known members in the batch's groups. */
    private static Set<MembershipLedger.Pair> currentMemberships(Connection c, UUID workspaceId, List<Row> rows,
                                                                 Map<Identity, UUID> known, Map<String, Group> groups) throws SQLException {
        Set<UUID> members = new HashSet<>();
        for (Row r : rows) {
            UUID m = known.get(new Identity(r.platform(), r.userId()));
            if (m != null && r.joins()) {
                members.add(m);
            }
        }
        Set<MembershipLedger.Pair> result = new HashSet<>();
        if (members.isEmpty() || groups.isEmpty()) {
            return result;
        }
        Set<UUID> groupIds = new HashSet<>();
        groups.values().forEach(g -> groupIds.add(g.id()));
        try (PreparedStatement s = c.prepareStatement("select group_id, member_id from membership where workspace_id = ?"
                + " and left_at is null and member_id = any(?) and group_id = any(?)")) {
            s.setObject(1, workspaceId);
            s.setArray(2, c.createArrayOf("uuid", members.toArray()));
            s.setArray(3, c.createArrayOf("uuid", groupIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new MembershipLedger.Pair(r.getObject(1, UUID.class), r.getObject(2, UUID.class)));
                }
            }
        }
        return result;
    }

    /** The batch's members: one statement per table over arrays of the rows' values (memberships: the ledger). */
    private static void write(Connection c, UUID ws, Instant now, List<Values> creates, List<Values> updates) throws SQLException {
        Timestamp ts = Timestamp.from(now);
        if (!creates.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("insert into member (workspace_id, member_id, display_name, tier, points,"
                    + " source_channel, invited_by_member_id, phone, notes, tags, first_seen_at, created_at, updated_at)"
                    + " select ?, v.id, v.dn, v.tier, coalesce(v.points, 0), v.ch, v.inv, v.phone, v.notes,"
                    + " coalesce(cast(string_to_array(v.tags, chr(31)) as varchar(50)[]), '{}'), case when v.j then cast(? as timestamptz) end, ?, ?"
                    + " from unnest(cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]), cast(? as varchar[]),"
                    + " cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as boolean[]))"
                    + " v(id, dn, tier, points, ch, inv, phone, notes, tags, j)")) {
                s.setObject(1, ws);
                s.setTimestamp(2, ts);
                s.setTimestamp(3, ts);
                s.setTimestamp(4, ts);
                setColumns(c, s, 5, creates);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into member_identity (workspace_id, platform, platform_user_id,"
                    + " member_id, created_at) select ?, v.p, v.u, v.m, ? from unnest(cast(? as varchar[]), cast(? as varchar[]),"
                    + " cast(? as uuid[])) v(p, u, m)")) {
                s.setObject(1, ws);
                s.setTimestamp(2, ts);
                s.setArray(3, c.createArrayOf("varchar", creates.stream().map(v -> v.platform).toArray()));
                s.setArray(4, c.createArrayOf("varchar", creates.stream().map(v -> v.userId).toArray()));
                s.setArray(5, c.createArrayOf("uuid", creates.stream().map(v -> v.memberId).toArray()));
                s.executeUpdate();
            }
        }
        if (!updates.isEmpty()) {
            // only the cells given change; a member whose values are all the same is not touched
            try (PreparedStatement s = c.prepareStatement("update member m set display_name = coalesce(v.dn, m.display_name),"
                    + " tier = coalesce(v.tier, m.tier), points = coalesce(v.points, m.points), source_channel = coalesce(v.ch, m.source_channel),"
                    + " invited_by_member_id = coalesce(v.inv, m.invited_by_member_id), phone = coalesce(v.phone, m.phone),"
                    + " notes = coalesce(v.notes, m.notes), tags = coalesce(cast(string_to_array(v.tags, chr(31)) as varchar(50)[]), m.tags),"
                    + " first_seen_at = case when v.j then coalesce(m.first_seen_at, ?) else m.first_seen_at end, updated_at = ?"
                    + " from unnest(cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as bigint[]), cast(? as varchar[]),"
                    + " cast(? as uuid[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as varchar[]), cast(? as boolean[]))"
                    + " v(id, dn, tier, points, ch, inv, phone, notes, tags, j)"
                    + " where m.workspace_id = ? and m.member_id = any(cast(? as uuid[])) and m.member_id = v.id and (m.display_name, m.tier, m.points, m.source_channel,"
                    + " m.invited_by_member_id, m.phone, m.notes, m.tags, m.first_seen_at is null and v.j) is distinct from"
                    + " (coalesce(v.dn, m.display_name), coalesce(v.tier, m.tier), coalesce(v.points, m.points), coalesce(v.ch, m.source_channel),"
                    + " coalesce(v.inv, m.invited_by_member_id), coalesce(v.phone, m.phone), coalesce(v.notes, m.notes),"
                    + " coalesce(cast(string_to_array(v.tags, chr(31)) as varchar(50)[]), m.tags), false)")) {
                s.setTimestamp(1, ts);
                s.setTimestamp(2, ts);
                setColumns(c, s, 3, updates);
                s.setObject(13, ws);
                s.setArray(14, c.createArrayOf("uuid", updates.stream().map(v -> v.memberId).toArray()));
                s.executeUpdate();
            }
        }
    }

    /** The ten member columns of {@link #write}'s statements, from parameter {@code first} on. */
    private static void setColumns(Connection c, PreparedStatement s, int first, List<Values> rows) throws SQLException {
        s.setArray(first, c.createArrayOf("uuid", rows.stream().map(v -> v.memberId).toArray()));
        s.setArray(first + 1, c.createArrayOf("varchar", rows.stream().map(v -> v.displayName).toArray()));
        s.setArray(first + 2, c.createArrayOf("varchar", rows.stream().map(v -> v.tier).toArray()));
        s.setArray(first + 3, c.createArrayOf("bigint", rows.stream().map(v -> v.points).toArray()));
        s.setArray(first + 4, c.createArrayOf("varchar", rows.stream().map(v -> v.channel).toArray()));
        s.setArray(first + 5, c.createArrayOf("uuid", rows.stream().map(v -> v.inviter).toArray()));
        s.setArray(first + 6, c.createArrayOf("varchar", rows.stream().map(v -> v.phone).toArray()));
        s.setArray(first + 7, c.createArrayOf("varchar", rows.stream().map(v -> v.notes).toArray()));
        s.setArray(first + 8, c.createArrayOf("varchar", rows.stream().map(v -> v.tags).toArray()));
        s.setArray(first + 9, c.createArrayOf("boolean", rows.stream().map(v -> v.joins).toArray()));
    }

    /** Adds a batch's counts and errors to the job, as its worker (LostJob otherwise). */
    private static void progress(Connection c, Job job, int rows, int imported, int updated, int failed, List<RowError> errors)
            throws SQLException {
        if (!errors.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("insert into member_import_error (workspace_id, import_id, error_no, line,"
                    + " column_name, message) select ?, ?, v.n, v.l, v.c, v.m from unnest(cast(? as integer[]), cast(? as integer[]),"
                    + " cast(? as varchar[]), cast(? as varchar[])) v(n, l, c, m)")) {
                Object[] nos = new Object[errors.size()];
                Object[] lines = new Object[errors.size()];
                Object[] columns = new Object[errors.size()];
                Object[] messages = new Object[errors.size()];
                for (int i = 0; i < errors.size(); i++) {
                    nos[i] = job.errorNo + i + 1;
                    lines[i] = errors.get(i).line();
                    columns[i] = errors.get(i).column();
                    String m = errors.get(i).message();
                    messages[i] = m.length() > 500 ? m.substring(0, 500) : m;
                }
                s.setObject(1, job.workspaceId);
                s.setObject(2, job.id);
                s.setArray(3, c.createArrayOf("integer", nos));
                s.setArray(4, c.createArrayOf("integer", lines));
                s.setArray(5, c.createArrayOf("varchar", columns));
                s.setArray(6, c.createArrayOf("varchar", messages));
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement("update member_import set rows_total = ?, rows_done = rows_done + ?,"
                + " rows_imported = rows_imported + ?, rows_updated = rows_updated + ?, rows_failed = rows_failed + ?, heartbeat_at = ?"
                + " where workspace_id = ? and import_id = ? and worker_token = ? and status = 'running'")) {
            s.setInt(1, job.rowsTotal);
            s.setInt(2, rows);
            s.setInt(3, imported);
            s.setInt(4, updated);
            s.setInt(5, failed);
            s.setTimestamp(6, Timestamp.from(Times.now()));
            s.setObject(7, job.workspaceId);
            s.setObject(8, job.id);
            s.setObject(9, job.token);
            if (s.executeUpdate() == 0) {
                throw new LostJob();
            }
        }
        // committed with the transaction: the in-memory copy follows
        job.rowsDone += rows;
        job.imported += imported;
        job.updated += updated;
        job.failed += failed;
        job.errorNo += errors.size();
    }

    private void finish(Connection c, Job job, String status, String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update member_import set status = ?, error = ?, finished_at = ?,"
                + " worker_token = null where workspace_id = ? and import_id = ?")) {
            s.setString(1, status);
            s.setString(2, error);
            s.setTimestamp(3, Timestamp.from(Times.now()));
            s.setObject(4, job.workspaceId);
            s.setObject(5, job.id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("delete from member_import_file where workspace_id = ? and import_id = ?")) {
            s.setObject(1, job.workspaceId);
            s.setObject(2, job.id);
            s.executeUpdate();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status);
        details.put("rowsTotal", job.rowsTotal == null ? 0 : job.rowsTotal);
        details.put("rowsImported", job.imported);
        details.put("rowsUpdated", job.updated);
        details.put("rowsFailed", job.failed);
        audit.record(job.workspaceId, job.createdBy, "member_import." + status, "member_import", job.id, details);
    }

    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private void withConnection(SqlWork work) {
        try (Connection c = ds.getConnection()) {
            work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
