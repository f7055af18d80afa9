package io.shequn.group;

import static io.shequn.common.Enums.wire;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Enums;
import io.shequn.common.Ids;
import io.shequn.common.Platform;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupDtos.GroupCreate;
import io.shequn.group.GroupDtos.GroupUpdate;
import io.shequn.group.GroupDtos.GroupView;
import io.shequn.group.GroupEnums.EntryThreshold;
import io.shequn.group.GroupEnums.Purpose;
import io.shequn.group.GroupEnums.Status;
import io.shequn.workspace.WorkspaceSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Groups: the operator's core record. Groups are never deleted (their history counts in
 * metrics); archiving hides them from default lists. With the workspace setting
 * operatorsSeeAssignedGroupsOnly, an operator sees and changes only their assigned groups.
 */
@ApplicationScoped
public class GroupService {
    public static final int DEFAULT_HARD_LIMIT = 350;
    public static final int DEFAULT_TARGET_SIZE = 200;
    static final Set<Role> WRITERS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR, Role.INTEGRATION);

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final EntityManager em;

    public GroupService(WorkspaceAccess access, AuditLog audit, Etags etags, EntityManager em) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.em = em;
    }

    /** Filters of the group list; null means "any". */
    public record Filter(Platform platform, String platformGroupId, Purpose purpose, Status status, String tag, UUID operatorId, boolean mine,
                         UUID seriesId, Integer minMembers, Integer maxMembers, String q, GroupSort sort) {
    }

    @Transactional
    public Page<GroupView> list(UUID workspaceId, Filter f, PageRequest page) {
        Caller caller = access.require(workspaceId, Role.ANY);
        StringBuilder sql = new StringBuilder("select * from chat_group where workspace_id = :ws");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("ws", workspaceId);
        if (f.platform() != null) {
            sql.append(" and platform = :platform");
            params.put("platform", wire(f.platform()));
        }
        if (f.platformGroupId() != null) {
            sql.append(" and platform_group_id = :platformGroupId");
            params.put("platformGroupId", f.platformGroupId());
        }
        if (f.purpose() != null) {
            sql.append(" and purpose = :purpose");
            params.put("purpose", wire(f.purpose()));
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            params.put("status", wire(f.status()));
        } else {
            sql.append(" and status <> 'archived'");
        }
        if (f.tag() != null) {
            sql.append(" and tags @> array[cast(:tag as varchar(50))]");
            params.put("tag", f.tag());
        }
        if (f.operatorId() != null) {
            sql.append(" and assigned_operator_ids @> array[cast(:operator as uuid)]");
            params.put("operator", f.operatorId());
        }
        if (f.mine() || restrictedToAssigned(caller)) {
            sql.append(" and assigned_operator_ids @> array[cast(:me as uuid)]");
            params.put("me", caller.accessId());
        }
        if (f.seriesId() != null) {
            sql.append(" and series_id = :series");
            params.put("series", f.seriesId());
        }
        if (f.minMembers() != null) {
            sql.append(" and member_count >= :minMembers");
            params.put("minMembers", f.minMembers());
        }
        if (f.maxMembers() != null) {
            sql.append(" and member_count <= :maxMembers");
            params.put("maxMembers", f.maxMembers());
        }
        if (f.q() != null) {
            sql.append(" and name ilike :q escape '\\'");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        GroupSort sort = f.sort() == null ? GroupSort.CREATED : f.sort();
        if (page.after() != null) {
            sql.append(" and ").append(sort.after(page.after(), params));
        }
        sql.append(" order by ").append(sort.orderBy()).append(" limit ").append(page.fetchSize());
        var query = em.createNativeQuery(sql.toString(), ChatGroup.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<ChatGroup> rows = query.getResultList();
        return Page.of(rows, page, GroupView::of, sort::cursorKey);
    }

    @Transactional
    public GroupView get(UUID workspaceId, UUID groupId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        return GroupView.of(findVisible(caller, groupId, false));
    }

    @Transactional
    public GroupView create(UUID workspaceId, GroupCreate r) {
        Caller caller = access.require(workspaceId, WRITERS);
        ChatGroup g = new ChatGroup();
        g.id = Ids.newId();
        g.workspaceId = workspaceId;
        g.name = r.name().trim();
        g.platform = wire(r.platform());
        g.platformGroupId = r.platformGroupId();
        g.purpose = wire(r.purpose() == null ? Purpose.OTHER : r.purpose());
        g.entryThreshold = wire(r.entryThreshold() == null ? EntryThreshold.NONE : r.entryThreshold());
        g.rules = r.rules();
        g.welcomeMessage = r.welcomeMessage();
        g.tags = tags(r.tags());
        g.status = wire(r.status() == null ? Status.ACTIVE : r.status());
        g.hardLimit = r.hardLimit() == null ? DEFAULT_HARD_LIMIT : r.hardLimit();
        g.targetSize = r.targetSize() == null ? Math.min(DEFAULT_TARGET_SIZE, g.hardLimit) : r.targetSize();
        if (r.seriesId() != null) {
            GroupSeries series = GroupSeries.<GroupSeries>find("workspaceId = ?1 and id = ?2", workspaceId, r.seriesId())
                    .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                    .orElseThrow(() -> ProblemException.invalid(Problem.FieldError.body("/seriesId", "no such series in this workspace")));
            g.seriesId = series.id;
            g.seriesPosition = nextPosition(workspaceId, series.id);
            if (r.hardLimit() == null) {
                g.hardLimit = series.hardLimit;
            }
            if (r.targetSize() == null) {
                g.targetSize = Math.min(series.targetSize, g.hardLimit);
            }
        }
        g.ownerMemberId = r.ownerMemberId();
        g.assignedOperatorIds = operators(workspaceId, r.assignedOperatorIds());
        g.memberCount = 0;
        g.createdAt = Times.now();
        g.updatedAt = g.createdAt;
        checkCapacity(g);
        checkOwner(workspaceId, g.ownerMemberId);
        checkPlatformIdFree(g);
        g.persist();
        audit.record(workspaceId, caller.principal().key(), "group.created", "group", g.id, Map.of("name", g.name));
        return GroupView.of(g);
    }

    @Transactional
    public GroupView update(UUID workspaceId, UUID groupId, String ifMatch, GroupUpdate r) {
        Caller caller = access.require(workspaceId, WRITERS);
        ChatGroup g = findVisible(caller, groupId, true);
        etags.requireMatch(ifMatch, GroupView.of(g));
        GroupView before = GroupView.of(g);
        if (r.name() != null) g.name = r.name().trim();
        if (r.platformGroupId() != null) g.platformGroupId = r.platformGroupId();
        if (r.purpose() != null) g.purpose = wire(r.purpose());
        if (r.entryThreshold() != null) g.entryThreshold = wire(r.entryThreshold());
        if (r.rules() != null) g.rules = r.rules().isEmpty() ? null : r.rules();
        if (r.welcomeMessage() != null) g.welcomeMessage = r.welcomeMessage().isEmpty() ? null : r.welcomeMessage();
        if (r.tags() != null) g.tags = tags(r.tags());
        if (r.status() != null) g.status = wire(r.status());
        if (r.hardLimit() != null) g.hardLimit = r.hardLimit();
        if (r.targetSize() != null) g.targetSize = r.targetSize();
        if (r.ownerMemberId() != null) g.ownerMemberId = r.ownerMemberId();
        if (r.assignedOperatorIds() != null) g.assignedOperatorIds = operators(workspaceId, r.assignedOperatorIds());
        checkCapacity(g);
        checkOwner(workspaceId, g.ownerMemberId);
        if (r.platformGroupId() != null) {
            checkPlatformIdFree(g);
        }
        GroupView after = GroupView.of(g);
        if (!Objects.equals(before.platformGroupId(), after.platformGroupId())
                || !Objects.equals(before.assignedOperatorIds(), after.assignedOperatorIds())) {
            GroupKeyCache.changed(em, workspaceId); // events resolve this group differently from now on
        }
        if (!after.equals(before)) {
            g.updatedAt = Times.now();
            Map<String, Object> details = new LinkedHashMap<>();
            if (!before.status().equals(after.status())) {
                details.put("status", wire(before.status()) + " -> " + wire(after.status()));
            }
            if (!before.name().equals(after.name())) {
                details.put("name", before.name() + " -> " + after.name());
            }
            audit.record(workspaceId, caller.principal().key(),
                    after.status() == Status.ARCHIVED && before.status() != Status.ARCHIVED ? "group.archived" : "group.updated",
                    "group", g.id, details);
        }
        return GroupView.of(g);
    }

    /** The first open group of the same series, other than this one, below its hard limit; null when none. */
    public UUID nextWithRoom(UUID workspaceId, UUID groupId) {
        ChatGroup full = ChatGroup.<ChatGroup>find("workspaceId = ?1 and id = ?2", workspaceId, groupId).firstResult();
        if (full == null || full.seriesId == null) {
            return null;
        }
        ChatGroup next = ChatGroup.<ChatGroup>find("workspaceId = ?1 and seriesId = ?2 and id <> ?3 and status in ('planned', 'active')"
                + " and memberCount < hardLimit order by seriesPosition", workspaceId, full.seriesId, full.id).firstResult();
        return next == null ? null : next.id;
    }

    /** The group, if the caller may see it; locked for a write when asked. Other features use {@link #requireVisible}. */
    public ChatGroup findVisible(Caller caller, UUID groupId, boolean forUpdate) {
        var query = ChatGroup.<ChatGroup>find("workspaceId = ?1 and id = ?2", caller.workspaceId(), groupId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        ChatGroup g = query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Group"));
        if (restrictedToAssigned(caller) && !List.of(g.assignedOperatorIds).contains(caller.accessId())) {
            throw ProblemException.notFound("Group");
        }
        return g;
    }

    public boolean restrictedToAssigned(Caller caller) {
        if (caller.role() != Role.OPERATOR) {
            return false;
        }
        return WorkspaceSettings.of(caller.workspaceId()).operatorsSeeAssignedGroupsOnly();
    }

    /** Checks the caller may see the group (404 otherwise): what other features call before reading a group's data. */
    public void requireVisible(Caller caller, UUID groupId) {
        findVisible(caller, groupId, false);
    }

    /** The ids of the workspace's groups that are not archived, in id order. */
    public List<UUID> unarchivedIds(UUID workspaceId) {
        return em.createQuery("select g.id from ChatGroup g where g.workspaceId = ?1 and g.status <> 'archived' order by g.id", UUID.class)
                .setParameter(1, workspaceId).getResultList();
    }

    public int nextPosition(UUID workspaceId, UUID seriesId) {
        Integer max = (Integer) em.createNativeQuery(
                        "select max(series_position) from chat_group where workspace_id = ?1 and series_id = ?2")
                .setParameter(1, workspaceId).setParameter(2, seriesId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static String[] tags(List<String> tags) {
        return tags == null ? new String[0] : tags.stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private UUID[] operators(UUID workspaceId, List<UUID> ids) {
        if (ids == null) {
            return new UUID[0];
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        for (int i = 0; i < distinct.size(); i++) {
            if (!access.isUser(workspaceId, distinct.get(i))) {
                throw ProblemException.invalid(Problem.FieldError.body("/assignedOperatorIds/" + ids.indexOf(distinct.get(i)),
                        "is not a user with access to this workspace"));
            }
        }
        return distinct.toArray(UUID[]::new);
    }

    private static void checkCapacity(ChatGroup g) {
        if (g.targetSize > g.hardLimit) {
            throw ProblemException.invalid(Problem.FieldError.body("/targetSize", "must not exceed hardLimit (" + g.hardLimit + ")"));
        }
    }

    private void checkOwner(UUID workspaceId, UUID memberId) {
        if (memberId == null) {
            return;
        }
        Number n = (Number) em.createNativeQuery("select count(*) from member where workspace_id = ?1 and member_id = ?2")
                .setParameter(1, workspaceId).setParameter(2, memberId).getSingleResult();
        if (n.longValue() == 0) {
            throw ProblemException.invalid(Problem.FieldError.body("/ownerMemberId", "no such member in this workspace"));
        }
    }

    private static void checkPlatformIdFree(ChatGroup g) {
        if (g.platformGroupId == null) {
            return;
        }
        ChatGroup other = ChatGroup.<ChatGroup>find("workspaceId = ?1 and platform = ?2 and platformGroupId = ?3 and id <> ?4",
                g.workspaceId, g.platform, g.platformGroupId, g.id).firstResult();
        if (other != null) {
            throw ProblemException.duplicate("Group " + other.id + " already has platform group id " + g.platformGroupId
                    + " on " + g.platform + "; existingId is that group.", other.id);
        }
    }

}
