package io.shequn.member;

import static io.shequn.common.Enums.wire;

import io.agroal.api.AgroalDataSource;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.access.WorkspaceAccess.Caller;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.http.Etags;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupService;
import io.shequn.member.MemberDtos.MembershipCreate;
import io.shequn.member.MemberDtos.MembershipView;
import io.shequn.member.MemberEnums.LeftReason;
import io.shequn.member.MemberEnums.MembershipRole;
import io.shequn.member.MemberEnums.MembershipState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Members joining and leaving groups through the API; the memberships, counts and alerts are
 * written by the MembershipLedger (a join is refused at the hard limit). History is kept:
 * leaving closes the membership, rejoining opens a new one.
 */
@ApplicationScoped
public class MembershipService {
    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final GroupService groups;
    private final MemberService members;
    private final AgroalDataSource ds;
    private final MembershipLedger ledger;

    public MembershipService(WorkspaceAccess access, AuditLog audit, Etags etags, GroupService groups, MemberService members,
                             AgroalDataSource ds, MembershipLedger ledger) {
        this.ledger = ledger;
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.groups = groups;
        this.members = members;
        this.ds = ds;
    }

    @Transactional
    public Page<MembershipView> listOfGroup(UUID workspaceId, UUID groupId, MembershipState state, PageRequest page) {
        Caller caller = access.require(workspaceId, Role.ANY);
        groups.requireVisible(caller, groupId);
        return list(workspaceId, "groupId", groupId, state, page);
    }

    @Transactional
    public Page<MembershipView> listOfMember(UUID workspaceId, UUID memberId, MembershipState state, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        members.find(workspaceId, memberId, false);
        return list(workspaceId, "memberId", memberId, state, page);
    }

    private static Page<MembershipView> list(UUID workspaceId, String by, UUID id, MembershipState state, PageRequest page) {
        StringBuilder q = new StringBuilder("workspaceId = ?1 and " + by + " = ?2");
        List<Object> params = new ArrayList<>(List.of(workspaceId, id));
        if (state == null || state == MembershipState.CURRENT) {
            q.append(" and leftAt is null");
        } else if (state == MembershipState.LEFT) {
            q.append(" and leftAt is not null");
        }
        if (page.afterId() != null) {
            q.append(" and id > ?3");
            params.add(page.afterId());
        }
        List<Membership> rows = Membership.<Membership>find(q + " order by id", params.toArray()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, MembershipView::of, m -> m.id.toString());
    }

    @Transactional
    public MembershipView get(UUID workspaceId, UUID groupId, UUID membershipId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        groups.requireVisible(caller, groupId);
        return Membership.<Membership>find("workspaceId = ?1 and groupId = ?2 and id = ?3", workspaceId, groupId, membershipId)
                .firstResultOptional().map(MembershipView::of).orElseThrow(() -> ProblemException.notFound("Membership"));
    }

    @Transactional
    public MembershipView join(UUID workspaceId, UUID groupId, MembershipCreate r) {
        Caller caller = access.require(workspaceId, MemberService.WRITERS);
        // before the member is read: a merge of that member waits for this join, or this join for the merge
        IdentityLock.share(ds, workspaceId);
        groups.requireVisible(caller, groupId);
        Member member = Member.<Member>find("workspaceId = ?1 and id = ?2 and mergedIntoMemberId is null", workspaceId, r.memberId()).firstResultOptional()
                .orElseThrow(() -> ProblemException.invalid(Problem.FieldError.body("/memberId", "no such member in this workspace")));
        if (r.invitedByMemberId() != null
                && Member.count("workspaceId = ?1 and id = ?2 and mergedIntoMemberId is null", workspaceId, r.invitedByMemberId()) == 0) {
            throw ProblemException.invalid(Problem.FieldError.body("/invitedByMemberId", "no such member in this workspace"));
        }
        Instant now = Times.now();
        UUID id;
        try (Connection c = ds.getConnection()) {
            // the group's row lock first: concurrent joins never pass the hard limit
            MembershipLedger.Joins joins = ledger.joins(c, workspaceId, List.of(groupId));
            if (Membership.count("workspaceId = ?1 and groupId = ?2 and memberId = ?3 and leftAt is null", workspaceId, groupId, member.id) > 0) {
                throw ProblemException.conflict("The member is already in this group.");
            }
            MembershipLedger.Admission admission = joins.add(new MembershipLedger.Join(groupId, member.id,
                    wire(r.role() == null ? MembershipRole.MEMBER : r.role()), r.joinChannel() == null ? null : wire(r.joinChannel()),
                    r.invitedByMemberId()));
            if (admission.refusal() == MembershipLedger.Refusal.ARCHIVED) {
                throw ProblemException.conflict("The group is archived; unarchive it before adding members.");
            }
            if (admission.refusal() == MembershipLedger.Refusal.FULL) {
                int count = joins.memberCount(groupId);
                UUID next = groups.nextWithRoom(workspaceId, groupId);
                throw ProblemException.groupFull("The group has " + count + " members, its hard limit is " + joins.hardLimit(groupId)
                        + (next != null ? "; nextGroupId is the next group of its series with room."
                                : "; no other group of its series has room: route the member through the series to open one."), next);
            }
            joins.write(now);
            id = admission.membershipId();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (member.firstSeenAt == null) {
            member.firstSeenAt = now;
        }
        audit.record(workspaceId, caller.principal().key(), "membership.joined", "membership", id,
                Map.of("groupId", groupId.toString(), "memberId", member.id.toString()));
        return MembershipView.of(Membership.findById(id));
    }

    @Transactional
    public MembershipView changeRole(UUID workspaceId, UUID groupId, UUID membershipId, String ifMatch, MembershipRole role) {
        Caller caller = access.require(workspaceId, MemberService.WRITERS);
        groups.requireVisible(caller, groupId);
        Membership m = find(workspaceId, groupId, membershipId);
        etags.requireMatch(ifMatch, MembershipView.of(m));
        if (m.leftAt != null) {
            throw ProblemException.conflict("This membership has ended; the member is no longer in the group.");
        }
        String before = m.role;
        m.role = wire(role);
        audit.record(workspaceId, caller.principal().key(), "membership.role_changed", "membership", m.id,
                Map.of("from", before, "to", m.role));
        return MembershipView.of(m);
    }

    @Transactional
    public MembershipView leave(UUID workspaceId, UUID groupId, UUID membershipId, LeftReason reason) {
        Caller caller = access.require(workspaceId, MemberService.WRITERS);
        groups.requireVisible(caller, groupId);
        MembershipLedger.Leave done;
        try (Connection c = ds.getConnection()) {
            done = ledger.leave(c, workspaceId, groupId, membershipId, wire(reason), Times.now());
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (done == MembershipLedger.Leave.NOT_FOUND) {
            throw ProblemException.notFound("Membership");
        }
        // leaving twice is harmless: the first leave stands
        Membership m = Membership.findById(membershipId);
        if (done == MembershipLedger.Leave.LEFT) {
            audit.record(workspaceId, caller.principal().key(), "membership.left", "membership", m.id,
                    Map.of("groupId", groupId.toString(), "memberId", m.memberId.toString(), "reason", m.leftReason));
        }
        return MembershipView.of(m);
    }

    private static Membership find(UUID workspaceId, UUID groupId, UUID membershipId) {
        return Membership.<Membership>find("workspaceId = ?1 and groupId = ?2 and id = ?3", workspaceId, groupId, membershipId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Membership"));
    }
}
