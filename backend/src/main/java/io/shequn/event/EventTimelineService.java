package io.shequn.event;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.event.EventDtos.EventView;
import io.shequn.group.GroupService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Timelines of a member or a group: newest first, paged by the cursor (occurredAt, eventId),
 * which the indexes (workspace_id, member_id | group_id, occurred_at, event_id) serve as a range
 * scan, partition by partition from the newest month. An operator limited to assigned groups
 * sees only the events of those groups.
 */
@ApplicationScoped
public class EventTimelineService {
    private final WorkspaceAccess access;
    private final GroupService groups;
    private final AgroalDataSource ds;

    public EventTimelineService(WorkspaceAccess access, GroupService groups, AgroalDataSource ds) {
        this.access = access;
        this.groups = groups;
        this.ds = ds;
    }

    /** Filters of a timeline; null means any. */
    public record Filter(List<String> types, Instant from, Instant to) {
        public static Filter of(List<String> types, String from, String to) {
            List<String> t = new ArrayList<>();
            if (types != null) {
                for (String s : types) {
                    for (String one : s.split(",")) {
                        if (one.isBlank()) {
                            continue;
                        }
                        if (!EventParser.TYPES.contains(one.trim())) {
                            throw ProblemException.invalid(Problem.FieldError.parameter("type", "must be one of " + EventParser.TYPES));
                        }
                        t.add(one.trim());
                    }
                }
            }
            Instant f = time("from", from);
            Instant u = time("to", to);
            if (f != null && u != null && !f.isBefore(u)) {
                throw ProblemException.invalid(Problem.FieldError.parameter("to", "must be after from"));
            }
            return new Filter(t.isEmpty() ? null : t, f, u);
        }

        private static Instant time(String name, String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be an RFC 3339 date-time, e.g. 2026-05-01T00:00:00Z"));
            }
        }
    }

    @Transactional
    public Page<EventView> ofMember(UUID workspaceId, UUID memberId, Filter filter, PageRequest page) {
        Caller caller = access.require(workspaceId, Role.ANY);
        if (!exists("select 1 from member where workspace_id = ? and member_id = ?", workspaceId, memberId)) {
            throw ProblemException.notFound("Member");
        }
        return list(caller, "member_id", memberId, filter, page);
    }

    @Transactional
    public Page<EventView> ofGroup(UUID workspaceId, UUID groupId, Filter filter, PageRequest page) {
        Caller caller = access.require(workspaceId, Role.ANY);
        groups.requireVisible(caller, groupId);
        return list(caller, "group_id", groupId, filter, page);
    }

    @Transactional
    public EventView get(UUID workspaceId, UUID eventId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        EventView v = query("select " + EventRows.COLUMNS + " from event where workspace_id = ? and event_id = ?",
                List.of(workspaceId, eventId)).stream().findFirst().orElseThrow(() -> ProblemException.notFound("Event"));
        if (groups.restrictedToAssigned(caller)) {
            groups.requireVisible(caller, v.groupId());
        }
        return v;
    }

    private Page<EventView> list(Caller caller, String column, UUID id, Filter f, PageRequest page) {
        StringBuilder sql = new StringBuilder("select " + EventRows.COLUMNS + " from event where workspace_id = ? and " + column + " = ?");
        List<Object> params = new ArrayList<>(List.of(caller.workspaceId(), id));
        if (f.types() != null) {
            sql.append(" and type = any(?)");
            params.add(f.types().toArray(String[]::new));
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(f.to()));
        }
        if (column.equals("member_id") && groups.restrictedToAssigned(caller)) {
            sql.append(" and group_id in (select group_id from chat_group where workspace_id = ? and assigned_operator_ids @> array[cast(? as uuid)])");
            params.add(caller.workspaceId());
            params.add(caller.accessId());
        }
        if (page.after() != null) {
            String[] parts = page.after().split("\\|");
            try {
                Instant at = Instant.parse(parts[0]);
                UUID after = UUID.fromString(parts[1]);
                sql.append(" and (occurred_at, event_id) < (?, ?)");
                params.add(Timestamp.from(at));
                params.add(after);
            } catch (RuntimeException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
            }
        }
        sql.append(" order by occurred_at desc, event_id desc limit ").append(page.fetchSize());
        return Page.of(query(sql.toString(), params), page, v -> v, v -> v.occurredAt() + "|" + v.id());
    }

    private List<EventView> query(String sql, List<Object> params) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] a) {
                    s.setArray(i + 1, c.createArrayOf("varchar", a));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            List<EventView> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(EventRows.view(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private boolean exists(String sql, UUID ws, UUID id) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, ws);
            s.setObject(2, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
