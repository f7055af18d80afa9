package io.shequn.access;

import static io.shequn.common.Enums.wire;

import io.shequn.access.AccessDtos.InvitationCreate;
import io.shequn.access.AccessDtos.InvitationView;
import io.shequn.access.AccessDtos.MyInvitation;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.common.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Invitations of users by email, and the invited user's side of them. */
@ApplicationScoped
public class InvitationService {
    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final EntityManager em;

    public InvitationService(WorkspaceAccess access, AuditLog audit, Etags etags, EntityManager em) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.em = em;
    }

    @Transactional
    public Page<InvitationView> list(UUID workspaceId, PageRequest page, InvitationStatus status) {
        access.require(workspaceId, Role.MANAGERS);
        String query = "workspaceId = ?1 and status = ?2" + (page.afterId() != null ? " and id > ?3" : "") + " order by id";
        Object[] params = page.afterId() != null
                ? new Object[] {workspaceId, status == null ? InvitationStatus.PENDING : status, page.afterId()}
                : new Object[] {workspaceId, status == null ? InvitationStatus.PENDING : status};
        List<Invitation> rows = Invitation.<Invitation>find(query, params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, InvitationView::of, i -> i.id.toString());
    }

    @Transactional
    public InvitationView get(UUID workspaceId, UUID invitationId) {
        access.require(workspaceId, Role.MANAGERS);
        return InvitationView.of(find(workspaceId, invitationId, false));
    }

    @Transactional
    public InvitationView invite(UUID workspaceId, InvitationCreate request) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        AccessService.requireMayManage(caller, request.role(), request.role());
        AccessService.lockWorkspace(workspaceId);
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (AccessEntry.count("workspaceId = ?1 and principalType = 'user' and lower(email) = ?2", workspaceId, email) > 0) {
            throw ProblemException.conflict(email + " already has access to this workspace.");
        }
        if (Invitation.count("workspaceId = ?1 and email = ?2 and status = ?3", workspaceId, email, InvitationStatus.PENDING) > 0) {
            throw ProblemException.conflict(email + " already has a pending invitation; revoke it to invite again with another role.");
        }
        Invitation invitation = new Invitation();
        invitation.id = Ids.newId();
        invitation.workspaceId = workspaceId;
        invitation.email = email;
        invitation.role = request.role();
        invitation.status = InvitationStatus.PENDING;
        invitation.createdAt = Times.now();
        invitation.createdBy = caller.principal().key();
        invitation.persist();
        audit.record(workspaceId, caller.principal().key(), "invitation.created", "invitation", invitation.id,
                Map.of("email", email, "role", wire(invitation.role)));
        return InvitationView.of(invitation);
    }

    @Transactional
    public void revoke(UUID workspaceId, UUID invitationId, String ifMatch) {
        Caller caller = access.require(workspaceId, Role.MANAGERS);
        Invitation invitation = find(workspaceId, invitationId, true);
        etags.requireMatch(ifMatch, InvitationView.of(invitation));
        AccessService.requireMayManage(caller, invitation.role, invitation.role);
        if (invitation.status != InvitationStatus.PENDING) {
            throw ProblemException.conflict("Only a pending invitation can be revoked; this one is " + wire(invitation.status) + ".");
        }
        invitation.status = InvitationStatus.REVOKED;
        invitation.revokedAt = Times.now();
        audit.record(workspaceId, caller.principal().key(), "invitation.revoked", "invitation", invitation.id,
                Map.of("email", invitation.email));
    }

    /**
     * Pending invitations for the caller's verified email, oldest first, with the name of the
     * workspace (read from its table: the workspace package sits above this one).
     */
    @Transactional
    public List<MyInvitation> mine() {
        String email = access.principal().verifiedEmail();
        if (email == null) {
            return List.of();
        }
        List<Invitation> pending = Invitation.<Invitation>find("email = ?1 and status = ?2 order by id", email, InvitationStatus.PENDING)
                .page(0, 200).list();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select workspace_id, name from workspace where workspace_id in (?1)", Object[].class)
                .setParameter(1, pending.stream().map(i -> i.workspaceId).distinct().toList())
                .getResultList();
        rows.forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return pending.stream().map(i -> new MyInvitation(i.id, i.workspaceId, names.get(i.workspaceId), i.role, i.createdAt)).toList();
    }

    /** Accepts an invitation addressed to the caller; accepting it again answers the same. */
    @Transactional
    public Accepted accept(UUID invitationId, Principal principal) {
        String email = principal.verifiedEmail();
        Invitation invitation = Invitation.<Invitation>find("id", invitationId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(i -> email != null && email.equals(i.email))
                .orElseThrow(() -> ProblemException.notFound("Invitation"));
        switch (invitation.status) {
            case PENDING -> {
                return new Accepted(invitation.workspaceId, access.accept(invitation, principal).role);
            }
            case ACCEPTED -> {
                return AccessEntry.findFor(invitation.workspaceId, principal, false)
                        .map(a -> new Accepted(invitation.workspaceId, a.role))
                        .orElseThrow(() -> ProblemException.conflict("This invitation was accepted, and that access was removed since."));
            }
            default -> throw ProblemException.conflict("This invitation was revoked.");
        }
    }

    public record Accepted(UUID workspaceId, Role role) {
    }

    private static Invitation find(UUID workspaceId, UUID invitationId, boolean forUpdate) {
        var query = Invitation.<Invitation>find("workspaceId = ?1 and id = ?2", workspaceId, invitationId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Invitation"));
    }
}
