package io.shequn.member;

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
import io.shequn.member.MemberDtos.Identity;
import io.shequn.member.MemberDtos.MemberCreate;
import io.shequn.member.MemberDtos.MemberUpdate;
import io.shequn.member.MemberDtos.MemberView;
import io.shequn.member.MemberEnums.SourceChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Members: people known to the workspace, each with one or more platform identities. Phones
 * are personal data and are masked for analysts.
 */
@ApplicationScoped
public class MemberService {
    static final Set<Role> WRITERS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR, Role.INTEGRATION);
    private static final int MAX_ATTRIBUTES_BYTES = 4096;

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final EntityManager em;

    public MemberService(WorkspaceAccess access, AuditLog audit, Etags etags, EntityManager em) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.em = em;
    }

    @Transactional
    public Page<MemberView> list(UUID workspaceId, MemberFilter f, PageRequest page) {
        Caller caller = access.require(workspaceId, Role.ANY);
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select m.* from member m where ").append(f.where(workspaceId, params));
        if (page.afterId() != null) {
            sql.append(" and m.member_id > :after");
            params.put("after", page.afterId());
        }
        sql.append(" order by m.member_id limit ").append(page.fetchSize());
        var query = em.createNativeQuery(sql.toString(), Member.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Member> rows = query.getResultList();
        Map<UUID, List<Identity>> identities = identitiesOf(workspaceId, rows.stream().map(m -> m.id).toList());
        boolean mask = caller.role() == Role.ANALYST;
        return Page.of(rows, page, m -> view(m, identities.getOrDefault(m.id, List.of()), mask), m -> m.id.toString());
    }

    /** Members matching a filter: the size of a segment. */
    @Transactional
    public long count(UUID workspaceId, MemberFilter f) {
        access.require(workspaceId, Role.ANY);
        Map<String, Object> params = new LinkedHashMap<>();
        var query = em.createNativeQuery("select count(*) from member m where " + f.where(workspaceId, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Ids of the members matching a filter (the metrics of a segment); the caller checked access. */
    public List<UUID> ids(UUID workspaceId, MemberFilter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = em.createNativeQuery("select m.member_id from member m where " + f.where(workspaceId, params), UUID.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    public record BulkTagResult(long matched) {
    }

    /**
     * Adds and removes tags on the members given by id or by filter, in one statement: every
     * matched member is updated, or none (a failure rolls the whole statement back).
     */
    @Transactional
    public BulkTagResult bulkTag(UUID workspaceId, List<UUID> ids, MemberFilter filter, List<String> add, List<String> remove) {
        Caller caller = access.require(workspaceId, WRITERS);
        if ((ids == null) == (filter == null)) {
            throw ProblemException.invalid(Problem.FieldError.body("", "send either memberIds or filter"));
        }
        if ((add == null || add.isEmpty()) && (remove == null || remove.isEmpty())) {
            throw ProblemException.invalid(Problem.FieldError.body("/add", "send tags to add or to remove"));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = ids != null
                ? "m.workspace_id = :ws and m.merged_into_member_id is null and m.member_id = any(cast(:ids as uuid[]))"
                : filter.where(workspaceId, params);
        params.put("ws", workspaceId);
        if (ids != null) {
            params.put("ids", ids.toArray(UUID[]::new));
        }
        params.put("add", tags(add));
        params.put("remove", tags(remove));
        params.put("now", Times.now());
        // keeps the order of existing tags, appends new ones, at most 20
        var query = em.createNativeQuery("update member m set updated_at = :now, tags = (select coalesce(array_agg(t order by o), '{}')"
                + " from (select t, min(o) o from unnest(array_cat(m.tags, cast(:add as varchar(50)[]))) with ordinality u(t, o)"
                + " where not t = any(cast(:remove as varchar(50)[])) group by t order by min(o) limit 20) x)"
                + " where " + where);
        params.forEach(query::setParameter);
        int matched = query.executeUpdate();
        audit.record(workspaceId, caller.principal().key(), "member.bulk_tagged", "member", null,
                Map.of("matched", matched, "add", List.of(tags(add)), "remove", List.of(tags(remove))));
        return new BulkTagResult(matched);
    }

    @Transactional
    public MemberView get(UUID workspaceId, UUID memberId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        return view(caller, find(workspaceId, memberId, false));
    }

    @Transactional
    public MemberView findByIdentity(UUID workspaceId, Platform platform, String platformUserId) {
        Caller caller = access.require(workspaceId, Role.ANY);
        MemberIdentity identity = MemberIdentity.findById(new MemberIdentity.Key(workspaceId, wire(platform), platformUserId));
        if (identity == null) {
            throw ProblemException.notFound("Member with that identity");
        }
        return view(caller, find(workspaceId, identity.memberId, false));
    }

    @Transactional
    public MemberView create(UUID workspaceId, MemberCreate r) {
        Caller caller = access.require(workspaceId, WRITERS);
        Member m = new Member();
        m.id = Ids.newId();
        m.workspaceId = workspaceId;
        m.displayName = blankToNull(r.displayName());
        m.tags = tags(r.tags());
        m.tier = blankToNull(r.tier());
        m.points = r.points() == null ? 0 : r.points();
        m.sourceChannel = r.sourceChannel() == null ? null : wire(r.sourceChannel());
        m.invitedByMemberId = r.invitedByMemberId();
        m.phone = blankToNull(r.phone());
        m.notes = blankToNull(r.notes());
        m.attributes = attributes(r.attributes());
        m.staff = Boolean.TRUE.equals(r.staff());
        m.staffAccessId = r.staffAccessId();
        m.createdAt = Times.now();
        m.updatedAt = m.createdAt;
        checkReferences(workspaceId, m);
        m.persist();
        List<Identity> identities = r.identities() == null ? List.of() : r.identities();
        for (int i = 0; i < identities.size(); i++) {
            addIdentity(workspaceId, m, identities.get(i), "/identities/" + i);
        }
        audit.record(workspaceId, caller.principal().key(), "member.created", "member", m.id, Map.of());
        return view(caller, m);
    }

    @Transactional
    public MemberView update(UUID workspaceId, UUID memberId, String ifMatch, MemberUpdate r) {
        Caller caller = access.require(workspaceId, WRITERS);
        Member m = find(workspaceId, memberId, true);
        etags.requireMatch(ifMatch, view(caller, m));
        List<String> changed = new ArrayList<>();
        if (r.displayName() != null) { m.displayName = blankToNull(r.displayName()); changed.add("displayName"); }
        if (r.tags() != null) { m.tags = tags(r.tags()); changed.add("tags"); }
        if (r.tier() != null) { m.tier = blankToNull(r.tier()); changed.add("tier"); }
        if (r.points() != null) { m.points = r.points(); changed.add("points"); }
        if (r.sourceChannel() != null) { m.sourceChannel = wire(r.sourceChannel()); changed.add("sourceChannel"); }
        if (r.invitedByMemberId() != null) { m.invitedByMemberId = r.invitedByMemberId(); changed.add("invitedByMemberId"); }
        if (r.phone() != null) { m.phone = blankToNull(r.phone()); changed.add("phone"); }
        if (r.notes() != null) { m.notes = blankToNull(r.notes()); changed.add("notes"); }
        if (r.attributes() != null) { m.attributes = attributes(r.attributes()); changed.add("attributes"); }
        if (r.staff() != null) {
            if (m.staff != r.staff()) {
                IdentityCache.changed(em, workspaceId); // the ingestion path caches each identity's staff flag
            }
            m.staff = r.staff();
            changed.add("staff");
        }
        if (r.staffAccessId() != null) { m.staffAccessId = r.staffAccessId(); changed.add("staffAccessId"); }
        if (changed.isEmpty()) {
            throw ProblemException.invalid(Problem.FieldError.body("", "send at least one field to change"));
        }
        checkReferences(workspaceId, m);
        m.updatedAt = Times.now();
        // the audit log names the fields, never their personal values
        audit.record(workspaceId, caller.principal().key(), "member.updated", "member", m.id, Map.of("fields", changed));
        return view(caller, m);
    }

    @Transactional
    public MemberView addIdentity(UUID workspaceId, UUID memberId, Identity identity) {
        Caller caller = access.require(workspaceId, WRITERS);
        Member m = find(workspaceId, memberId, true);
        addIdentity(workspaceId, m, identity, "");
        m.updatedAt = Times.now();
        audit.record(workspaceId, caller.principal().key(), "member.identity_added", "member", m.id,
                Map.of("platform", wire(identity.platform()), "platformUserId", identity.platformUserId()));
        return view(caller, m);
    }

    private void addIdentity(UUID workspaceId, Member m, Identity identity, String pointer) {
        var key = new MemberIdentity.Key(workspaceId, wire(identity.platform()), identity.platformUserId().trim());
        MemberIdentity existing = MemberIdentity.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            if (existing.memberId.equals(m.id)) {
                return;
            }
            throw new ProblemException(io.shequn.common.error.ProblemType.CONFLICT,
                    "This identity belongs to member " + existing.memberId + "; merge the two members instead.",
                    List.of(Problem.FieldError.body(pointer.isEmpty() ? "/platformUserId" : pointer + "/platformUserId",
                            "belongs to member " + existing.memberId)));
        }
        MemberIdentity i = new MemberIdentity();
        i.key = key;
        i.memberId = m.id;
        i.createdAt = Times.now();
        i.persist();
        em.flush();
    }

    /** A live member (not merged away); 404 otherwise, naming the survivor of a merge. */
    Member find(UUID workspaceId, UUID memberId, boolean forUpdate) {
        Member m = findAny(workspaceId, memberId, forUpdate);
        if (m.mergedIntoMemberId != null) {
            throw new ProblemException(io.shequn.common.error.ProblemType.NOT_FOUND,
                    "Member " + memberId + " was merged into member " + m.mergedIntoMemberId + ".");
        }
        return m;
    }

    static Member findAny(UUID workspaceId, UUID memberId, boolean forUpdate) {
        var query = Member.<Member>find("workspaceId = ?1 and id = ?2", workspaceId, memberId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Member"));
    }

    public MemberView view(Caller caller, Member m) {
        return view(m, identitiesOf(m.workspaceId, List.of(m.id)).getOrDefault(m.id, List.of()), caller.role() == Role.ANALYST);
    }

    static MemberView view(Member m, List<Identity> identities, boolean maskPersonalData) {
        return new MemberView(m.id, m.displayName, identities, List.of(m.tags), m.tier, m.points,
                m.sourceChannel == null ? null : Enums.fromWire(SourceChannel.class, m.sourceChannel), m.invitedByMemberId,
                maskPersonalData ? mask(m.phone) : m.phone, m.notes, m.attributes, m.staff, m.staffAccessId,
                m.firstSeenAt, m.lastSeenAt, m.createdAt, m.updatedAt);
    }

    /** 13812345678 -> 138****5678: enough to recognise, not to call. */
    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "****";
        }
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    Map<UUID, List<Identity>> identitiesOf(UUID workspaceId, List<UUID> memberIds) {
        Map<UUID, List<Identity>> result = new HashMap<>();
        if (memberIds.isEmpty()) {
            return result;
        }
        List<MemberIdentity> rows = MemberIdentity.list(
                "key.workspaceId = ?1 and memberId in ?2 order by createdAt, key.platform, key.platformUserId", workspaceId, memberIds);
        for (MemberIdentity i : rows) {
            result.computeIfAbsent(i.memberId, k -> new ArrayList<>())
                    .add(new Identity(Enums.fromWire(Platform.class, i.key.platform()), i.key.platformUserId()));
        }
        return result;
    }

    private void checkReferences(UUID workspaceId, Member m) {
        if (m.invitedByMemberId != null) {
            if (m.invitedByMemberId.equals(m.id)
                    || Member.count("workspaceId = ?1 and id = ?2 and mergedIntoMemberId is null", workspaceId, m.invitedByMemberId) == 0) {
                throw ProblemException.invalid(Problem.FieldError.body("/invitedByMemberId", "no such other member in this workspace"));
            }
        }
        if (m.staffAccessId != null && !access.isUser(workspaceId, m.staffAccessId)) {
            throw ProblemException.invalid(Problem.FieldError.body("/staffAccessId", "is not a user with access to this workspace"));
        }
    }

    private Map<String, Object> attributes(Map<String, Object> attributes) {
        if (attributes == null) {
            return null;
        }
        if (etags.serialize(attributes).length > MAX_ATTRIBUTES_BYTES) {
            throw ProblemException.invalid(Problem.FieldError.body("/attributes", "must be at most " + MAX_ATTRIBUTES_BYTES + " bytes of JSON"));
        }
        return attributes.isEmpty() ? null : attributes;
    }

    private static String[] tags(List<String> tags) {
        return tags == null ? new String[0] : tags.stream().map(String::trim).distinct().toArray(String[]::new);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
