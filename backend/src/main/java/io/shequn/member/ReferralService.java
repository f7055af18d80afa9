package io.shequn.member;

import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.member.MemberDtos.Invitee;
import io.shequn.member.MemberDtos.InviteeTree;
import io.shequn.member.MemberDtos.InviterCount;
import io.shequn.member.MemberDtos.InviterRanking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Referrals (裂变): who brought whom, as a bounded tree and as counts per inviting member. */
@ApplicationScoped
public class ReferralService {
    public static final int MAX_NODES = 1000;

    private final WorkspaceAccess access;
    private final MemberService members;
    private final EntityManager em;

    public ReferralService(WorkspaceAccess access, MemberService members, EntityManager em) {
        this.access = access;
        this.members = members;
        this.em = em;
    }

    /** The members a member invited, and theirs, down to depth levels, at most MAX_NODES in all. */
    @Transactional
    public InviteeTree invitees(UUID workspaceId, UUID memberId, int depth) {
        access.require(workspaceId, Role.ANY);
        members.find(workspaceId, memberId, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        with recursive tree(member_id, display_name, created_at, parent, level) as (
                          select member_id, display_name, created_at, invited_by_member_id, 1 from member
                           where workspace_id = ?1 and invited_by_member_id = ?2 and merged_into_member_id is null
                          union all
                          select m.member_id, m.display_name, m.created_at, m.invited_by_member_id, t.level + 1
                            from member m join tree t on m.invited_by_member_id = t.member_id
                           where m.workspace_id = ?1 and m.merged_into_member_id is null and t.level < ?3)
                        select member_id, display_name, created_at, parent from tree order by level, member_id limit ?4""")
                .setParameter(1, workspaceId).setParameter(2, memberId).setParameter(3, depth).setParameter(4, MAX_NODES + 1)
                .getResultList();
        boolean truncated = rows.size() > MAX_NODES;
        Map<UUID, List<Invitee>> children = new HashMap<>();
        // rows come level by level: build from the deepest up so each node gets its children
        List<Object[]> shown = truncated ? rows.subList(0, MAX_NODES) : rows;
        for (int i = shown.size() - 1; i >= 0; i--) {
            Object[] r = shown.get(i);
            UUID id = (UUID) r[0];
            Invitee node = new Invitee(id, (String) r[1], toInstant(r[2]), reversed(children.getOrDefault(id, List.of())));
            children.computeIfAbsent((UUID) r[3], k -> new ArrayList<>()).add(node);
        }
        return new InviteeTree(memberId, depth, truncated, reversed(children.getOrDefault(memberId, List.of())));
    }

    /** Accepted invites per inviting member: in the workspace, or among the joins of one group. */
    @Transactional
    public InviterRanking topInviters(UUID workspaceId, UUID groupId, int limit) {
        access.require(workspaceId, Role.ANY);
        String sql = groupId == null
                ? """
                  select i.member_id, i.display_name, count(*) from member m join member i
                    on i.workspace_id = m.workspace_id and i.member_id = m.invited_by_member_id
                   where m.workspace_id = ?1 and m.merged_into_member_id is null
                   group by i.member_id, i.display_name order by count(*) desc, i.member_id limit ?2"""
                : """
                  select i.member_id, i.display_name, count(distinct s.member_id) from membership s join member i
                    on i.workspace_id = s.workspace_id and i.member_id = s.invited_by_member_id
                   where s.workspace_id = ?1 and s.group_id = ?3
                   group by i.member_id, i.display_name order by count(distinct s.member_id) desc, i.member_id limit ?2""";
        var query = em.createNativeQuery(sql).setParameter(1, workspaceId).setParameter(2, limit);
        if (groupId != null) {
            query.setParameter(3, groupId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return new InviterRanking(groupId, rows.stream()
                .map(r -> new InviterCount((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
    }

    private static List<Invitee> reversed(List<Invitee> list) {
        List<Invitee> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof java.time.OffsetDateTime o) return o.toInstant();
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        return null;
    }
}
