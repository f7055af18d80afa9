package io.shequn.insight;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.group.GroupService;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an insight may read: the caller, the workspace's time zone, and the groups in scope
 * (one group; or every group, or, for an operator limited to assigned groups, those groups).
 */
@ApplicationScoped
public class InsightScope {
    private final WorkspaceAccess access;
    private final GroupService groups;
    private final AgroalDataSource ds;

    public InsightScope(WorkspaceAccess access, GroupService groups, AgroalDataSource ds) {
        this.access = access;
        this.groups = groups;
        this.ds = ds;
    }

    /**
     * @param groupId the one group asked for, else null
     * @param visible without groupId: the groups an operator limited to assigned groups may see
     *                (possibly none); null means every group of the workspace
     */
    public record Scope(Caller caller, UUID workspaceId, ZoneId zone, UUID groupId, UUID[] visible) {
        public LocalDate today() {
            return LocalDate.now(zone);
        }

        /** A SQL condition restricting a row's group_id column to the scope, with its parameters. */
        public void restrict(Sql sql, String column) {
            if (groupId != null) {
                sql.append(" and " + column + " = ?", groupId);
            } else if (visible != null) {
                sql.append(" and " + column + " = any(?)", (Object) visible);
            }
        }

        public boolean empty() {
            return groupId == null && visible != null && visible.length == 0;
        }
    }

    /** Checks the caller may read the workspace (404 otherwise) and the group (404 when not visible). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Scope of(UUID workspaceId, UUID groupId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        WorkspaceSettings w = WorkspaceSettings.of(workspaceId);
        ZoneId zone = ZoneId.of(w.timeZone());
        if (groupId != null) {
            groups.requireVisible(caller, groupId);
            return new Scope(caller, workspaceId, zone, groupId, null);
        }
        if (!groups.restrictedToAssigned(caller)) {
            return new Scope(caller, workspaceId, zone, null, null);
        }
        return new Scope(caller, workspaceId, zone, null, assigned(caller));
    }

    private UUID[] assigned(Caller caller) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "select group_id from chat_group where workspace_id = ? and assigned_operator_ids @> array[?::uuid]")) {
            s.setObject(1, caller.workspaceId());
            s.setObject(2, caller.accessId());
            List<UUID> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
            return ids.toArray(UUID[]::new);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a read on the connection of the current transaction. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = ds.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
