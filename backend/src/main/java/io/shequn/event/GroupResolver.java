package io.shequn.event;

import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.VersionedCache;
import io.shequn.group.GroupKeyCache;
import io.shequn.group.GroupService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The groups of an ingestion request's items, by id or by platform group id: from the cache
 * (group.GroupKeyCache) when seen before, else in two set-based reads, then into the cache. An
 * item naming no group of the workspace (or one an operator restricted to assigned groups may
 * not see) is rejected at /group.
 */
@ApplicationScoped
class GroupResolver {
    private final GroupService groups;
    private final GroupKeyCache cache;

    GroupResolver(GroupService groups, GroupKeyCache cache) {
        this.groups = groups;
        this.cache = cache;
    }

    void resolve(Connection c, Caller caller, long groupKeyVersion, List<EventItem> items) throws SQLException {
        UUID ws = caller.workspaceId();
        VersionedCache.Generation<GroupKeyCache.Key, GroupKeyCache.Group> cached = cache.of(ws, groupKeyVersion);
        Map<GroupKeyCache.Key, GroupKeyCache.Group> found = new HashMap<>();
        Set<UUID> ids = new HashSet<>();
        Map<GroupKeyCache.Key, EventItem.Ref> platformRefs = new HashMap<>();
        for (EventItem i : items) {
            GroupKeyCache.Key key = i.group.groupKey();
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
                read(s, found, cached);
            }
        }
        if (!platformRefs.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("select g.group_id, g.platform, g.platform_group_id, g.assigned_operator_ids"
                    + " from unnest(cast(? as varchar[]), cast(? as varchar[])) v(p, k) join lateral (select * from chat_group"
                    + " where workspace_id = ? and platform = v.p and platform_group_id = v.k) g on true")) {
                s.setObject(3, ws);
                s.setArray(1, c.createArrayOf("varchar", platformRefs.values().stream().map(EventItem.Ref::platform).toArray()));
                s.setArray(2, c.createArrayOf("varchar", platformRefs.values().stream().map(EventItem.Ref::platformId).toArray()));
                read(s, found, cached);
            }
        }
        boolean restricted = groups.restrictedToAssigned(caller);
        for (EventItem i : items) {
            GroupKeyCache.Group g = found.get(i.group.groupKey());
            if (g == null || restricted && !List.of(g.assignedOperatorIds()).contains(caller.accessId())) {
                i.reject("/group", "no such group in this workspace" + (i.group.id() == null
                        ? " (platform " + i.group.platform() + ", platformGroupId " + i.group.platformId() + ")" : ""));
                continue;
            }
            i.groupId = g.id();
            i.platform = g.platform();
        }
    }

    /** Groups read from the database, into this request's map and the cache (when this request may fill it). */
    private static void read(PreparedStatement s, Map<GroupKeyCache.Key, GroupKeyCache.Group> found,
                             VersionedCache.Generation<GroupKeyCache.Key, GroupKeyCache.Group> cached) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Array ops = r.getArray(4);
                GroupKeyCache.Group g = new GroupKeyCache.Group(r.getObject(1, UUID.class), r.getString(2),
                        ops == null ? new UUID[0] : (UUID[]) ops.getArray());
                List<GroupKeyCache.Key> keys = r.getString(3) == null ? List.of(GroupKeyCache.Key.of(g.id()))
                        : List.of(GroupKeyCache.Key.of(g.id()), GroupKeyCache.Key.of(r.getString(2), r.getString(3)));
                for (GroupKeyCache.Key key : keys) {
                    found.put(key, g);
                    if (cached != null) {
                        cached.put(key, g);
                    }
                }
            }
        }
    }
}
