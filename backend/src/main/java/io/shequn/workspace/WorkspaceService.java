package io.shequn.workspace;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.access.WorkspaceAccess.Grant;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.common.security.Principal;
import io.shequn.workspace.WorkspaceDtos.MyWorkspace;
import io.shequn.workspace.WorkspaceDtos.WorkspaceCreate;
import io.shequn.workspace.WorkspaceDtos.WorkspaceUpdate;
import io.shequn.workspace.WorkspaceDtos.WorkspaceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class WorkspaceService {
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";
    public static final String DEFAULT_CURRENCY = "CNY";

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final EntityManager em;

    public WorkspaceService(WorkspaceAccess access, AuditLog audit, Etags etags, EntityManager em) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.em = em;
    }

    /** The caller's workspaces with their role, in creation order (ids are time-ordered). */
    @Transactional
    public Page<MyWorkspace> listMine(PageRequest page) {
        List<Grant> grants = access.mine(page.afterId(), page.fetchSize());
        Map<UUID, Workspace> byId = grants.isEmpty() ? Map.of()
                : Workspace.<Workspace>list("id in ?1", grants.stream().map(Grant::workspaceId).toList()).stream()
                        .collect(Collectors.toMap(w -> w.id, w -> w));
        return Page.of(grants, page, g -> new MyWorkspace(WorkspaceView.of(byId.get(g.workspaceId())), g.role()),
                g -> g.workspaceId().toString());
    }

    @Transactional
    public MyWorkspace create(WorkspaceCreate request) {
        Principal principal = access.principal();
        if (!principal.isUser()) {
            throw ProblemException.forbidden("Partner clients cannot create workspaces; a user creates one and grants the client access.");
        }
        Workspace w = new Workspace();
        w.id = Ids.newId();
        w.name = request.name().trim();
        w.timeZone = validTimeZone(request.timeZone() == null ? DEFAULT_TIME_ZONE : request.timeZone());
        w.currency = validCurrency(request.currency() == null ? DEFAULT_CURRENCY : request.currency());
        w.createdAt = Times.now();
        w.updatedAt = w.createdAt;
        w.persist();
        UUID owner = access.newUserAccess(w.id, principal, Role.OWNER, principal.key());
        audit.record(w.id, principal.key(), "workspace.created", "workspace", w.id, Map.of("name", w.name));
        audit.record(w.id, principal.key(), "access.granted", "access", owner, Map.of("subject", principal.subject(), "role", "owner"));
        return new MyWorkspace(WorkspaceView.of(w), Role.OWNER);
    }

    @Transactional
    public WorkspaceView get(UUID workspaceId) {
        access.require(workspaceId, Role.ANY);
        return WorkspaceView.of(Workspace.findById(workspaceId));
    }

    @Transactional
    public MyWorkspace getMine(UUID workspaceId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        return new MyWorkspace(WorkspaceView.of(Workspace.findById(workspaceId)), caller.role());
    }

    @Transactional
    public WorkspaceView update(UUID workspaceId, String ifMatch, WorkspaceUpdate request) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        if (request.name() == null && request.timeZone() == null && request.currency() == null
                && request.operatorsSeeAssignedGroupsOnly() == null) {
            throw ProblemException.invalid(Problem.FieldError.body("", "send at least one field to change"));
        }
        Workspace w = Workspace.findById(workspaceId, LockModeType.PESSIMISTIC_WRITE);
        etags.requireMatch(ifMatch, WorkspaceView.of(w));
        Map<String, Object> changes = new LinkedHashMap<>();
        if (request.name() != null && !request.name().trim().equals(w.name)) {
            changes.put("name", w.name + " -> " + request.name().trim());
            w.name = request.name().trim();
        }
        if (request.timeZone() != null && !request.timeZone().equals(w.timeZone)) {
            // local days of stored events (and the metric rollups built on them) would move
            if (!em.createNativeQuery("select 1 from event where workspace_id = ?1 limit 1").setParameter(1, workspaceId)
                    .getResultList().isEmpty()) {
                throw ProblemException.conflict("The time zone cannot change once the workspace has events: "
                        + "its metrics are counted in local days of " + w.timeZone + ".");
            }
            changes.put("timeZone", w.timeZone + " -> " + request.timeZone());
            w.timeZone = validTimeZone(request.timeZone());
        }
        if (request.currency() != null && !request.currency().equals(w.currency)) {
            changes.put("currency", w.currency + " -> " + request.currency());
            w.currency = validCurrency(request.currency());
        }
        if (request.operatorsSeeAssignedGroupsOnly() != null
                && request.operatorsSeeAssignedGroupsOnly() != w.operatorsSeeAssignedGroupsOnly) {
            changes.put("operatorsSeeAssignedGroupsOnly", request.operatorsSeeAssignedGroupsOnly());
            w.operatorsSeeAssignedGroupsOnly = request.operatorsSeeAssignedGroupsOnly();
        }
        if (!changes.isEmpty()) {
            w.updatedAt = Times.now();
            audit.record(workspaceId, caller.principal().key(), "workspace.updated", "workspace", workspaceId, changes);
        }
        return WorkspaceView.of(w);
    }

    private static String validTimeZone(String zone) {
        try {
            // Region ids only ("Asia/Shanghai"): offsets like "+08:00" have no daylight rules to follow.
            if (!zone.contains("/") && !zone.equals("UTC")) {
                throw new DateTimeException(zone);
            }
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ProblemException.invalid(Problem.FieldError.body("/timeZone", "must be an IANA time zone such as Asia/Shanghai"));
        }
    }

    private static String validCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(Problem.FieldError.body("/currency", "is not an ISO 4217 currency"));
        }
    }
}
