package io.shequn.member;

import static io.shequn.common.Enums.wire;

import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.member.MemberDtos.MemberView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Merging two records of one person, and erasing a person on request.
 *
 * Merge rewrites: identities, memberships and referrals move to the survivor, so every
 * count (group sizes, referral counts, and the metrics built later on the same keys) sees
 * the person once, past periods included. Where both are in the same group now, the
 * absorbed membership is closed with reason "merged" and the group's count drops by one
 * (MembershipLedger.merge, which also resolves an over_capacity alert the merge ends).
 * The absorbed record stays as a tombstone (merged_into_member_id), which makes a repeated
 * merge harmless, and the audit log keeps what was merged.
 *
 * Erasure (PIPL) removes identities, name, phone, notes, tags and attributes; the record
 * and its memberships stay, anonymous, so counts stay right: it writes no membership.
 */
@ApplicationScoped
public class MemberLifecycleService {
    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final MemberService members;
    private final EntityManager em;

    private final io.agroal.api.AgroalDataSource ds;
    private final MergeFollower rollups;
    private final MembershipLedger ledger;

    public MemberLifecycleService(WorkspaceAccess access, AuditLog audit, MemberService members, EntityManager em,
                                  io.agroal.api.AgroalDataSource ds, MergeFollower rollups, MembershipLedger ledger) {
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.members = members;
        this.em = em;
        this.ds = ds;
        this.rollups = rollups;
    }

    @Transactional
    public MemberView merge(UUID workspaceId, UUID survivorId, UUID absorbedId) {
        Caller caller = access.require(workspaceId, MemberService.WRITERS);
        if (survivorId.equals(absorbedId)) {
            throw ProblemException.invalid(Problem.FieldError.body("/memberId", "a member cannot be merged into itself"));
        }
        // first wait for the ingestion batches in flight (their events are moved below with the
        // rest), holding nothing else meanwhile: metric reads waiting for the rollup writer lock
        // are not held up by the batches
        IdentityLock.exclusive(ds, workspaceId);
        // the rollup writer lock before any member row lock: the rollup writer updates member rows
        // (first/last seen) while holding it, so the other order could deadlock
        try (java.sql.Connection c = ds.getConnection()) {
            rollups.holdWriterLock(c, workspaceId);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        // lock both in id order so that two opposite merges cannot deadlock
        UUID first = survivorId.compareTo(absorbedId) < 0 ? survivorId : absorbedId;
        Member a = MemberService.findAny(workspaceId, first, true);
        Member b = MemberService.findAny(workspaceId, first.equals(survivorId) ? absorbedId : survivorId, true);
        Member survivor = a.id.equals(survivorId) ? a : b;
        Member absorbed = a.id.equals(survivorId) ? b : a;
        if (survivorId.equals(absorbed.mergedIntoMemberId)) {
            return members.view(caller, survivor); // merged already: harmless
        }
        if (survivor.mergedIntoMemberId != null) {
            throw ProblemException.conflict("Member " + survivorId + " was itself merged into " + survivor.mergedIntoMemberId
                    + "; merge into that member.");
        }
        if (absorbed.mergedIntoMemberId != null) {
            throw ProblemException.conflict("Member " + absorbedId + " was already merged into " + absorbed.mergedIntoMemberId + ".");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("absorbedMemberId", absorbed.id.toString());
        details.put("identities", em.createNativeQuery("select platform || ':' || platform_user_id from member_identity"
                        + " where workspace_id = ?1 and member_id = ?2 order by created_at, platform, platform_user_id")
                .setParameter(1, workspaceId).setParameter(2, absorbed.id).getResultList());

        fillFrom(survivor, absorbed);
        absorbed.mergedIntoMemberId = survivor.id;
        absorbed.updatedAt = Times.now();
        survivor.updatedAt = absorbed.updatedAt;
        em.flush();

        // bulk moves in SQL; the persistence context is cleared after them so nothing stale is read back
        em.createNativeQuery("update member_identity set member_id = ?1 where workspace_id = ?2 and member_id = ?3")
                .setParameter(1, survivor.id).setParameter(2, workspaceId).setParameter(3, absorbed.id).executeUpdate();
        IdentityCache.changed(em, workspaceId);
        // the memberships through the ledger: counts and over_capacity alerts follow
        try (java.sql.Connection c = ds.getConnection()) {
            details.put("overlappingMembershipsClosed", ledger.merge(c, workspaceId, survivor.id, absorbed.id, absorbed.updatedAt));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        for (String sql : List.of(
                "update membership set invited_by_member_id = ?1 where workspace_id = ?2 and invited_by_member_id = ?3",
                "update chat_group set owner_member_id = ?1 where workspace_id = ?2 and owner_member_id = ?3")) {
            em.createNativeQuery(sql).setParameter(1, survivor.id).setParameter(2, workspaceId).setParameter(3, absorbed.id)
                    .executeUpdate();
        }
        int referrals = em.createNativeQuery("update member set invited_by_member_id = ?1 where workspace_id = ?2 and invited_by_member_id = ?3")
                .setParameter(1, survivor.id).setParameter(2, workspaceId).setParameter(3, absorbed.id).executeUpdate();
        details.put("referralsMoved", referrals);
        // events are rewritten to the survivor (not aliased): timelines and every metric then
        // count the person once, past periods included; the rollups follow in this transaction
        int events = em.createNativeQuery("update event set member_id = ?1 where workspace_id = ?2 and member_id = ?3")
                .setParameter(1, survivor.id).setParameter(2, workspaceId).setParameter(3, absorbed.id).executeUpdate();
        em.createNativeQuery("update event set related_member_id = ?1 where workspace_id = ?2 and related_member_id = ?3")
                .setParameter(1, survivor.id).setParameter(2, workspaceId).setParameter(3, absorbed.id).executeUpdate();
        details.put("eventsMoved", events);
        try (java.sql.Connection c = ds.getConnection()) {
            rollups.membersMerged(c, workspaceId, absorbed.id, survivor.id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        em.clear();
        audit.record(workspaceId, caller.principal().key(), "member.merged", "member", survivor.id, details);
        return members.view(caller, MemberService.findAny(workspaceId, survivor.id, false));
    }

    /** The survivor keeps its own values and takes the absorbed one's where it has none. */
    private static void fillFrom(Member s, Member a) {
        if (s.displayName == null) s.displayName = a.displayName;
        if (s.tier == null) s.tier = a.tier;
        if (s.sourceChannel == null) s.sourceChannel = a.sourceChannel;
        if (s.invitedByMemberId == null && !s.id.equals(a.invitedByMemberId)) s.invitedByMemberId = a.invitedByMemberId;
        if (s.phone == null) s.phone = a.phone;
        if (s.notes == null) {
            s.notes = a.notes;
        } else if (a.notes != null && s.notes.length() + a.notes.length() < 1990) {
            s.notes = s.notes + "\n" + a.notes;
        }
        if (a.attributes != null) {
            Map<String, Object> merged = new LinkedHashMap<>(a.attributes);
            if (s.attributes != null) merged.putAll(s.attributes);
            s.attributes = merged;
        }
        Set<String> tags = new LinkedHashSet<>(List.of(s.tags));
        tags.addAll(List.of(a.tags));
        s.tags = tags.stream().limit(20).toArray(String[]::new);
        s.points += a.points;
        s.staff = s.staff || a.staff;
        if (s.staffAccessId == null) s.staffAccessId = a.staffAccessId;
        if (a.firstSeenAt != null && (s.firstSeenAt == null || a.firstSeenAt.isBefore(s.firstSeenAt))) s.firstSeenAt = a.firstSeenAt;
        if (a.lastSeenAt != null && (s.lastSeenAt == null || a.lastSeenAt.isAfter(s.lastSeenAt))) s.lastSeenAt = a.lastSeenAt;
        a.points = 0;
    }

    @Transactional
    public MemberView erase(UUID workspaceId, UUID memberId) {
        Caller caller = access.require(workspaceId, java.util.EnumSet.of(io.shequn.access.Role.OWNER, io.shequn.access.Role.ADMIN));
        // the batches in flight first: their events are anonymised below with the rest
        IdentityLock.exclusive(ds, workspaceId);
        Member m = members.find(workspaceId, memberId, true);
        if (m.erasedAt != null) {
            return members.view(caller, m);
        }
        int identities = em.createNativeQuery("delete from member_identity where workspace_id = ?1 and member_id = ?2")
                .setParameter(1, workspaceId).setParameter(2, memberId).executeUpdate();
        IdentityCache.changed(em, workspaceId);
        m.displayName = null;
        m.phone = null;
        m.notes = null;
        m.attributes = null;
        m.tags = new String[0];
        // earlier audit entries of this member may name identities: keep who did what, drop the values
        em.createNativeQuery("update audit_log set details = cast('{\"erased\": true}' as jsonb) where workspace_id = ?1 and entity_id = ?2")
                .setParameter(1, workspaceId).setParameter(2, memberId).executeUpdate();
        // events stay (counts stay right) but lose the member's own words: feedback text, custom data
        int events = em.createNativeQuery("update event set detail = detail - 'text' - 'data' where workspace_id = ?1 and member_id = ?2"
                        + " and (detail -> 'text' is not null or detail -> 'data' is not null)")
                .setParameter(1, workspaceId).setParameter(2, memberId).executeUpdate();
        m.erasedAt = Times.now();
        m.updatedAt = m.erasedAt;
        audit.record(workspaceId, caller.principal().key(), "member.erased", "member", m.id, Map.of("identitiesRemoved", identities, "eventsAnonymised", events));
        return members.view(caller, m);
    }
}
