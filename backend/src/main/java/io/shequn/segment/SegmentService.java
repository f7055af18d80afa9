package io.shequn.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import io.shequn.member.MemberDtos.MemberView;
import io.shequn.member.MemberFilter;
import io.shequn.member.MemberService;
import io.shequn.segment.SegmentDtos.SegmentCreate;
import io.shequn.segment.SegmentDtos.SegmentUpdate;
import io.shequn.segment.SegmentDtos.SegmentView;
import io.shequn.segment.SegmentDtos.TagCatalog;
import io.shequn.segment.SegmentDtos.TagCreate;
import io.shequn.segment.SegmentDtos.TagGroupCreate;
import io.shequn.segment.SegmentDtos.TagGroupView;
import io.shequn.segment.SegmentDtos.TagView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The tag catalog and saved segments (named member filters, evaluated live). */
@ApplicationScoped
public class SegmentService {
    private static final Set<Role> EDITORS = EnumSet.of(Role.OWNER, Role.ADMIN, Role.OPERATOR);

    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final MemberService members;
    private final ObjectMapper json;

    public SegmentService(WorkspaceAccess access, AuditLog audit, Etags etags, MemberService members, ObjectMapper json) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.members = members;
        this.json = json;
    }

    @Transactional
    public TagCatalog catalog(UUID workspaceId) {
        access.require(workspaceId, Role.ANY);
        List<TagGroupView> groups = TagGroup.<TagGroup>list("workspaceId = ?1 order by name", workspaceId).stream()
                .map(g -> new TagGroupView(g.id, g.name, g.createdAt)).toList();
        List<TagView> tags = Tag.<Tag>list("workspaceId = ?1 order by name", workspaceId).stream().map(SegmentService::view).toList();
        return new TagCatalog(groups, tags);
    }

    @Transactional
    public TagGroupView createTagGroup(UUID workspaceId, TagGroupCreate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        TagGroup same = TagGroup.<TagGroup>find("workspaceId = ?1 and name = ?2", workspaceId, r.name().trim()).firstResult();
        if (same != null) {
            throw ProblemException.duplicate("A tag group named " + same.name + " exists; existingId is it.", same.id);
        }
        TagGroup g = new TagGroup();
        g.id = Ids.newId();
        g.workspaceId = workspaceId;
        g.name = r.name().trim();
        g.createdAt = Times.now();
        g.persist();
        audit.record(workspaceId, caller.principal().key(), "tag_group.created", "tag", g.id, Map.of("name", g.name));
        return new TagGroupView(g.id, g.name, g.createdAt);
    }

    @Transactional
    public TagView createTag(UUID workspaceId, TagCreate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        if (r.tagGroupId() != null && TagGroup.count("workspaceId = ?1 and id = ?2", workspaceId, r.tagGroupId()) == 0) {
            throw ProblemException.invalid(Problem.FieldError.body("/tagGroupId", "no such tag group in this workspace"));
        }
        Tag same = Tag.<Tag>find("workspaceId = ?1 and name = ?2", workspaceId, r.name().trim()).firstResult();
        if (same != null) {
            throw ProblemException.duplicate("A tag named " + same.name + " exists; existingId is it.", same.id);
        }
        Tag t = new Tag();
        t.id = Ids.newId();
        t.workspaceId = workspaceId;
        t.tagGroupId = r.tagGroupId();
        t.name = r.name().trim();
        t.description = r.description();
        t.createdAt = Times.now();
        t.persist();
        audit.record(workspaceId, caller.principal().key(), "tag.created", "tag", t.id, Map.of("name", t.name));
        return view(t);
    }

    @Transactional
    public Page<SegmentView> list(UUID workspaceId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        List<Segment> rows = page.afterId() == null
                ? Segment.<Segment>find("workspaceId = ?1 order by id", workspaceId).page(0, page.fetchSize()).list()
                : Segment.<Segment>find("workspaceId = ?1 and id > ?2 order by id", workspaceId, page.afterId()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, this::view, s -> s.id.toString());
    }

    @Transactional
    public SegmentView get(UUID workspaceId, UUID segmentId) {
        access.require(workspaceId, Role.ANY);
        return view(find(workspaceId, segmentId, false));
    }

    @Transactional
    public SegmentView create(UUID workspaceId, SegmentCreate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        Segment s = new Segment();
        s.id = Ids.newId();
        s.workspaceId = workspaceId;
        s.name = r.name().trim();
        s.filter = write(r.filter());
        s.createdAt = Times.now();
        s.updatedAt = s.createdAt;
        s.persist();
        audit.record(workspaceId, caller.principal().key(), "segment.created", "segment", s.id, Map.of("name", s.name));
        return view(s);
    }

    @Transactional
    public SegmentView update(UUID workspaceId, UUID segmentId, String ifMatch, SegmentUpdate r) {
        Caller caller = access.require(workspaceId, EDITORS);
        Segment s = find(workspaceId, segmentId, true);
        etags.requireMatch(ifMatch, view(s));
        if (r.name() == null && r.filter() == null) {
            throw ProblemException.invalid(Problem.FieldError.body("", "send name or filter"));
        }
        if (r.name() != null) s.name = r.name().trim();
        if (r.filter() != null) s.filter = write(r.filter());
        s.updatedAt = Times.now();
        audit.record(workspaceId, caller.principal().key(), "segment.updated", "segment", s.id, Map.of("name", s.name));
        return view(s);
    }

    @Transactional
    public void delete(UUID workspaceId, UUID segmentId, String ifMatch) {
        Caller caller = access.require(workspaceId, EDITORS);
        Segment s = find(workspaceId, segmentId, true);
        etags.requireMatch(ifMatch, view(s));
        audit.record(workspaceId, caller.principal().key(), "segment.deleted", "segment", s.id, Map.of("name", s.name));
        s.delete();
    }

    @Transactional
    public Page<MemberView> members(UUID workspaceId, UUID segmentId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        return members.list(workspaceId, read(find(workspaceId, segmentId, false).filter), page);
    }

    /** The member filter of a saved segment (404 when there is none); the caller checked access. */
    public MemberFilter filterOf(UUID workspaceId, UUID segmentId) {
        return read(find(workspaceId, segmentId, false).filter);
    }

    private SegmentView view(Segment s) {
        MemberFilter filter = read(s.filter);
        return new SegmentView(s.id, s.name, filter, members.count(s.workspaceId, filter), s.createdAt, s.updatedAt);
    }

    private static TagView view(Tag t) {
        return new TagView(t.id, t.name, t.tagGroupId, t.description, t.createdAt);
    }

    private static Segment find(UUID workspaceId, UUID segmentId, boolean forUpdate) {
        var query = Segment.<Segment>find("workspaceId = ?1 and id = ?2", workspaceId, segmentId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Segment"));
    }

    private String write(MemberFilter filter) {
        try {
            return json.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MemberFilter read(String filter) {
        try {
            return json.readValue(filter, MemberFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored segment filter is unreadable", e);
        }
    }
}
