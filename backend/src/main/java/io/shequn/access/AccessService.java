package io.shequn.access;

import static io.shequn.common.Enums.wire;

import io.quarkus.hibernate.orm.panache.Panache;
import io.shequn.access.AccessDtos.AccessView;
import io.shequn.access.AccessDtos.ClientAccessCreate;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.WorkspaceLocks;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.common.security.PrincipalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Users and partner clients of a workspace. Owners manage everything; admins everything but
 * the owner role; a workspace always keeps at least one owner. Changes to one workspace's
 * access are serialized by a lock of the workspace (class {@link #LOCK_CLASS}).
 */
@ApplicationScoped
public class AccessService {
    /** The {@link WorkspaceLocks} class of changes to a workspace's access and invitations. */
    static final int LOCK_CLASS = 21107;

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;

    public AccessService(WorkspaceAccess access, AuditLog audit, Etags etags) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
    }

    @Transactional
    public Page<AccessView> list(UUID workspaceId, PageRequest page, Role role, PrincipalType type) {
        access.require(workspaceId, Role.ANY);
        StringBuilder query = new StringBuilder("workspaceId = :ws");
        Map<String, Object> params = new HashMap<>();
        params.put("ws", workspaceId);
        if (role != null) {
            query.append(" and role = :role");
            params.put("role", role);
        }
        if (type != null) {
            query.append(" and principalType = :type");
            params.put("type", wire(type));
        }
        if (page.afterId() != null) {
            query.append(" and id > :after");
            params.put("after", page.afterId());
        }
        List<AccessEntry> rows = AccessEntry.<AccessEntry>find(query + " order by id", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, AccessView::of, a -> a.id.toString());
    }

    @Transactional
    public AccessView get(UUID workspaceId, UUID accessId) {
        access.require(workspaceId, Role.ANY);
        return AccessView.of(find(workspaceId, accessId, false));
    }

    @Transactional
    public AccessView grantClient(UUID workspaceId, ClientAccessCreate request) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        if (request.role() == Role.OWNER) {
            throw ProblemException.invalid(Problem.FieldError.body("/role", "a partner client cannot be owner"));
        }
        lockWorkspace(workspaceId);
        String clientId = request.clientId().trim();
        if (AccessEntry.count("workspaceId = ?1 and principalType = 'client' and clientId = ?2", workspaceId, clientId) > 0) {
            throw ProblemException.conflict("Client " + clientId + " already has access to this workspace; change its role instead.");
        }
        AccessEntry entry = new AccessEntry();
        entry.id = Ids.newId();
        entry.workspaceId = workspaceId;
        entry.principalType = "client";
        entry.clientId = clientId;
        entry.displayName = request.displayName() == null || request.displayName().isBlank() ? clientId : request.displayName().trim();
        entry.role = request.role();
        entry.createdAt = Times.now();
        entry.createdBy = caller.principal().key();
        entry.persist();
        audit.record(workspaceId, caller.principal().key(), "access.granted", "access", entry.id,
                Map.of("clientId", clientId, "role", wire(entry.role)));
        return AccessView.of(entry);
    }

    @Transactional
    public AccessView changeRole(UUID workspaceId, UUID accessId, String ifMatch, Role newRole) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        lockWorkspace(workspaceId);
        AccessEntry entry = find(workspaceId, accessId, true);
        etags.requireMatch(ifMatch, AccessView.of(entry));
        Role before = entry.role;
        requireMayManage(caller, before, newRole);
        if (newRole == Role.OWNER && entry.type() == PrincipalType.CLIENT) {
            throw ProblemException.invalid(Problem.FieldError.body("/role", "a partner client cannot be owner"));
        }
        if (before == Role.OWNER && newRole != Role.OWNER) {
            requireAnotherOwner(workspaceId);
        }
        entry.role = newRole;
        audit.record(workspaceId, caller.principal().key(), "access.role_changed", "access", entry.id,
                Map.of("from", wire(before), "to", wire(newRole)));
        return AccessView.of(entry);
    }

    @Transactional
    public void remove(UUID workspaceId, UUID accessId, String ifMatch) {
        Caller caller = access.require(workspaceId, Role.ANY);
        lockWorkspace(workspaceId);
        AccessEntry entry = find(workspaceId, accessId, true);
        etags.requireMatch(ifMatch, AccessView.of(entry));
        boolean leavingMyself = entry.id.equals(caller.accessId());
        if (!leavingMyself) {
            if (!Role.MANAGERS.contains(caller.role())) {
                throw ProblemException.forbidden("Only owners and admins remove others' access.");
            }
            requireMayManage(caller, entry.role, entry.role);
        }
        if (entry.role == Role.OWNER) {
            requireAnotherOwner(workspaceId);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("role", wire(entry.role));
        details.put(entry.subject != null ? "subject" : "clientId", entry.subject != null ? entry.subject : entry.clientId);
        audit.record(workspaceId, caller.principal().key(), "access.removed", "access", entry.id, details);
        entry.delete();
    }

    static void requireMayManage(Caller caller, Role before, Role after) {
        if (caller.role() == Role.OWNER) {
            return;
        }
        if (caller.role() == Role.ADMIN && before != Role.OWNER && after != Role.OWNER) {
            return;
        }
        throw ProblemException.forbidden(caller.role() == Role.ADMIN
                ? "Only an owner can grant, change or remove the owner role."
                : "Only owners and admins manage access.");
    }

    private static void requireAnotherOwner(UUID workspaceId) {
        long owners = AccessEntry.count("workspaceId = ?1 and role = ?2", workspaceId, Role.OWNER);
        if (owners <= 1) {
            throw ProblemException.conflict("A workspace keeps at least one owner; make someone else owner first.");
        }
    }

    static void lockWorkspace(UUID workspaceId) {
        WorkspaceLocks.hold(Panache.getEntityManager(), LOCK_CLASS, workspaceId);
    }

    private static AccessEntry find(UUID workspaceId, UUID accessId, boolean forUpdate) {
        var query = AccessEntry.<AccessEntry>find("workspaceId = ?1 and id = ?2", workspaceId, accessId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Access entry"));
    }

}
