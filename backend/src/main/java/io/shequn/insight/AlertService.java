package io.shequn.insight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupService;
import io.shequn.insight.InsightDtos.Alert;
import io.shequn.insight.InsightDtos.AlertState;
import io.shequn.insight.InsightScope.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The alerts of a workspace (table `alert` of the shared contract, written by the ingestion
 * path for over_capacity and by the metrics engine for health checks): list, read, resolve.
 * Read with plain SQL rather than an entity so that no second mapping of the table competes
 * with the writers'.
 */
@ApplicationScoped
public class AlertService {
    static final Set<Role> RESOLVERS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR);
    private static final String COLUMNS = "alert_id, group_id, kind, raised_at, metric, value, threshold, detail::text as detail, resolved_at,"
            + " resolved_by, resolution_note";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final InsightScope scopes;
    private final WorkspaceAccess access;
    private final GroupService groups;
    private final AuditLog audit;
    private final ObjectMapper json;

    public AlertService(InsightScope scopes, WorkspaceAccess access, GroupService groups, AuditLog audit, ObjectMapper json) {
        this.scopes = scopes;
        this.access = access;
        this.groups = groups;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Newest first, by (raised_at, alert_id) descending. Cost: alert (workspace_id, raised_at)
     * read backwards from the cursor; group, kind and state are filters on the rows read.
     */
    @Transactional
    public Page<Alert> list(UUID workspaceId, UUID groupId, String kind, AlertState state, PageRequest page) {
        Scope scope = scopes.of(workspaceId, groupId);
        if (scope.empty()) {
            return new Page<>(List.of(), null);
        }
        Sql sql = new Sql().append("select " + COLUMNS + " from alert where workspace_id = ?", workspaceId);
        scope.restrict(sql, "group_id");
        if (kind != null) {
            sql.append(" and kind = ?", kind);
        }
        if (state == AlertState.OPEN) {
            sql.append(" and resolved_at is null");
        } else if (state == AlertState.RESOLVED) {
            sql.append(" and resolved_at is not null");
        }
        if (page.after() != null) {
            String[] key = page.after().split("\\|", 2);
            Instant raisedAt;
            UUID id;
            try {
                raisedAt = Instant.parse(key[0]);
                id = UUID.fromString(key[1]);
            } catch (RuntimeException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
            sql.append(" and (raised_at, alert_id) < (?, ?)", raisedAt, id);
        }
        sql.append(" order by raised_at desc, alert_id desc limit ?", page.fetchSize());
        List<Alert> rows = scopes.read(c -> query(c, sql));
        return Page.of(rows, page, a -> a, a -> a.raisedAt() + "|" + a.id());
    }

    @Transactional
    public Alert get(UUID workspaceId, UUID alertId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        return visible(caller, alertId);
    }

    static final int NOTE_MAX = 500;

    /** Resolving twice is harmless: the first resolution (and its note) stands. A blank note is none. */
    @Transactional
    public Alert resolve(UUID workspaceId, UUID alertId, String note) {
        Caller caller = access.require(workspaceId, RESOLVERS);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_MAX) {
            throw ProblemException.invalid(Problem.FieldError.body("/note", "must be at most " + NOTE_MAX + " characters"));
        }
        Alert alert = visible(caller, alertId);
        if (alert.resolvedAt() != null) {
            return alert;
        }
        Instant now = Times.now();
        int updated = scopes.read(c -> {
            try (PreparedStatement s = new Sql().append("update alert set resolved_at = ?, resolved_by = ?, resolution_note = ?"
                    + " where workspace_id = ? and alert_id = ? and resolved_at is null",
                    now, caller.principal().key(), text, workspaceId, alertId).prepare(c)) {
                return s.executeUpdate();
            }
        });
        Alert after = visible(caller, alertId);
        if (updated == 1) {
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("groupId", after.groupId().toString());
            details.put("kind", after.kind());
            if (text != null) {
                details.put("note", text);
            }
            audit.record(workspaceId, caller.principal().key(), "alert.resolved", "alert", alertId, details);
        }
        return after;
    }

    /** The alert, if its group is one the caller may see; 404 otherwise. */
    private Alert visible(Caller caller, UUID alertId) {
        Sql sql = new Sql().append("select " + COLUMNS + " from alert where workspace_id = ? and alert_id = ?", caller.workspaceId(), alertId);
        Alert alert = scopes.read(c -> query(c, sql)).stream().findFirst().orElseThrow(() -> ProblemException.notFound("Alert"));
        if (groups.restrictedToAssigned(caller)) {
            try {
                groups.requireVisible(caller, alert.groupId());
            } catch (ProblemException e) {
                throw ProblemException.notFound("Alert");
            }
        }
        return alert;
    }

    private List<Alert> query(Connection c, Sql sql) throws SQLException {
        List<Alert> found = new ArrayList<>();
        try (PreparedStatement s = sql.prepare(c); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp resolved = r.getTimestamp("resolved_at");
                found.add(new Alert(r.getObject("alert_id", UUID.class), r.getObject("group_id", UUID.class), r.getString("kind"),
                        resolved == null ? AlertState.OPEN : AlertState.RESOLVED, micros(r.getTimestamp("raised_at").toInstant()),
                        r.getString("metric"), r.getBigDecimal("value"), r.getBigDecimal("threshold"), detail(r.getString("detail")),
                        resolved == null ? null : micros(resolved.toInstant()), r.getString("resolved_by"),
                        r.getString("resolution_note")));
            }
        }
        return found;
    }

    private static Instant micros(Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private Map<String, Object> detail(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            return Map.of("raw", text);
        }
    }
}
