package io.shequn.access;

import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.ProblemException;
import io.shequn.common.security.CurrentPrincipal;
import io.shequn.common.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The gate of every workspace operation: who is calling, with which role in this workspace.
 * A workspace the caller has no access to answers 404 (its existence is not confirmed);
 * a role that may not do the operation answers 403. A user with a pending invitation for
 * their verified email is bound on first use.
 */
@ApplicationScoped
public class WorkspaceAccess {
    private static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(5);

    private final CurrentPrincipal current;
    private final AuditLog audit;

    public WorkspaceAccess(CurrentPrincipal current, AuditLog audit) {
        this.current = current;
        this.audit = audit;
    }

    /** The caller's access to a workspace, checked against the roles allowed for the operation. */
    public record Caller(UUID workspaceId, UUID accessId, Role role, Principal principal) {
    }

    /** A workspace the caller has access to, with their role in it. */
    public record Grant(UUID workspaceId, Role role) {
    }

    @Transactional
    public Caller require(UUID workspaceId, Set<Role> allowed) {
        Principal principal = current.get();
        AccessEntry entry = AccessEntry.findFor(workspaceId, principal, false)
                .or(() -> bindPendingInvitation(workspaceId, principal))
                .orElseThrow(() -> ProblemException.notFound("Workspace"));
        if (!allowed.contains(entry.role)) {
            throw ProblemException.forbidden("Your role (" + io.shequn.common.Enums.wire(entry.role) + ") does not allow this.");
        }
        touch(entry, principal);
        return new Caller(workspaceId, entry.id, entry.role, principal);
    }

    public Principal principal() {
        return current.get();
    }

    /** The caller's workspaces with their role, by workspace id, those after {@code afterWorkspaceId} (if any), at most limit. */
    public List<Grant> mine(UUID afterWorkspaceId, int limit) {
        Principal principal = current.get();
        String query = (principal.isUser() ? "principalType = 'user' and subject = ?1" : "principalType = 'client' and clientId = ?1")
                + (afterWorkspaceId != null ? " and workspaceId > ?2" : "") + " order by workspaceId";
        Object who = principal.isUser() ? principal.subject() : principal.clientId();
        var entries = afterWorkspaceId != null ? AccessEntry.<AccessEntry>find(query, who, afterWorkspaceId) : AccessEntry.<AccessEntry>find(query, who);
        return entries.page(0, limit).stream().map(a -> new Grant(a.workspaceId, a.role)).toList();
    }

    /** Whether the id names a user's access to the workspace (assigned operators, a staff member's account). */
    public boolean isUser(UUID workspaceId, UUID accessId) {
        return AccessEntry.count("workspaceId = ?1 and id = ?2 and principalType = 'user'", workspaceId, accessId) > 0;
    }

    private Optional<AccessEntry> bindPendingInvitation(UUID workspaceId, Principal principal) {
        String email = principal.verifiedEmail();
        if (email == null) {
            return Optional.empty();
        }
        return Invitation.<Invitation>find("workspaceId = ?1 and email = ?2 and status = ?3", workspaceId, email, InvitationStatus.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .map(invitation -> accept(invitation, principal));
    }

    /**
     * Binds the caller to the invitation's workspace. The invitation row is locked by the
     * caller, so two first uses at once bind once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    AccessEntry accept(Invitation invitation, Principal principal) {
        AccessEntry existing = AccessEntry.findFor(invitation.workspaceId, principal, true).orElse(null);
        invitation.status = InvitationStatus.ACCEPTED;
        invitation.acceptedAt = Times.now();
        invitation.acceptedBy = principal.subject();
        if (existing != null) {
            return existing;
        }
        AccessEntry entry = createUserAccess(invitation.workspaceId, principal, invitation.role, invitation.createdBy);
        audit.record(invitation.workspaceId, principal.key(), "invitation.accepted", "access", entry.id,
                Map.of("invitationId", invitation.id.toString(), "role", io.shequn.common.Enums.wire(invitation.role)));
        return entry;
    }

    /** Creates a user's access entry from the token's identity; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID newUserAccess(UUID workspaceId, Principal principal, Role role, String createdBy) {
        return createUserAccess(workspaceId, principal, role, createdBy).id;
    }

    private static AccessEntry createUserAccess(UUID workspaceId, Principal principal, Role role, String createdBy) {
        AccessEntry entry = new AccessEntry();
        entry.id = Ids.newId();
        entry.workspaceId = workspaceId;
        entry.principalType = "user";
        entry.subject = principal.subject();
        entry.email = principal.email();
        entry.displayName = principal.name();
        entry.role = role;
        entry.createdAt = Times.now();
        entry.createdBy = createdBy;
        entry.lastSeenAt = entry.createdAt;
        entry.persist();
        return entry;
    }

    /** Keeps last-seen and the user's name and email current, writing at most every few minutes. */
    private static void touch(AccessEntry entry, Principal principal) {
        var now = Times.now();
        if (entry.lastSeenAt == null || entry.lastSeenAt.isBefore(now.minus(LAST_SEEN_RESOLUTION))) {
            entry.lastSeenAt = now;
            if (principal.isUser()) {
                entry.email = principal.email();
                entry.displayName = principal.name();
            }
        }
    }
}
