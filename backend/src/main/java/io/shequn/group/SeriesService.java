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
import io.shequn.group.GroupDtos.GroupView;
import io.shequn.group.GroupDtos.Route;
import io.shequn.group.GroupDtos.SeriesCreate;
import io.shequn.group.GroupDtos.SeriesUpdate;
import io.shequn.group.GroupDtos.SeriesView;
import io.shequn.group.GroupEnums.EntryThreshold;
import io.shequn.group.GroupEnums.Purpose;
import io.shequn.group.GroupEnums.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Group series and the routing of new members: the "never-full" group QR code. */
@ApplicationScoped
public class SeriesService {
    private final WorkspaceAccess access;
    private final AuditLog audit;
    private final Etags etags;
    private final GroupService groups;

    public SeriesService(WorkspaceAccess access, AuditLog audit, Etags etags, GroupService groups) {
        this.access = access;
        this.audit = audit;
        this.etags = etags;
        this.groups = groups;
    }

    @Transactional
    public Page<SeriesView> list(UUID workspaceId, PageRequest page) {
        access.require(workspaceId, Role.ANY);
        List<GroupSeries> rows = page.afterId() == null
                ? GroupSeries.<GroupSeries>find("workspaceId = ?1 order by id", workspaceId).page(0, page.fetchSize()).list()
                : GroupSeries.<GroupSeries>find("workspaceId = ?1 and id > ?2 order by id", workspaceId, page.afterId())
                        .page(0, page.fetchSize()).list();
        return Page.of(rows, page, this::view, s -> s.id.toString());
    }

    @Transactional
    public SeriesView get(UUID workspaceId, UUID seriesId) {
        access.require(workspaceId, Role.ANY);
        return view(find(workspaceId, seriesId, false));
    }

    @Transactional
    public SeriesView create(UUID workspaceId, SeriesCreate r) {
        Caller caller = access.require(workspaceId, GroupService.WRITERS);
        GroupSeries s = new GroupSeries();
        s.id = Ids.newId();
        s.workspaceId = workspaceId;
        s.name = r.name().trim();
        s.platform = wire(r.platform());
        s.namePattern = r.namePattern().trim();
        s.purpose = wire(r.purpose() == null ? Purpose.OTHER : r.purpose());
        s.hardLimit = r.hardLimit() == null ? GroupService.DEFAULT_HARD_LIMIT : r.hardLimit();
        s.targetSize = r.targetSize() == null ? Math.min(GroupService.DEFAULT_TARGET_SIZE, s.hardLimit) : r.targetSize();
        checkCapacity(s);
        s.createdAt = Times.now();
        s.updatedAt = s.createdAt;
        s.persist();
        audit.record(workspaceId, caller.principal().key(), "series.created", "series", s.id, Map.of("name", s.name));
        return view(s);
    }

    @Transactional
    public SeriesView update(UUID workspaceId, UUID seriesId, String ifMatch, SeriesUpdate r) {
        Caller caller = access.require(workspaceId, GroupService.WRITERS);
        GroupSeries s = find(workspaceId, seriesId, true);
        etags.requireMatch(ifMatch, view(s));
        if (r.name() != null) s.name = r.name().trim();
        if (r.namePattern() != null) s.namePattern = r.namePattern().trim();
        if (r.purpose() != null) s.purpose = wire(r.purpose());
        if (r.hardLimit() != null) s.hardLimit = r.hardLimit();
        if (r.targetSize() != null) s.targetSize = r.targetSize();
        checkCapacity(s);
        s.updatedAt = Times.now();
        audit.record(workspaceId, caller.principal().key(), "series.updated", "series", s.id, Map.of("name", s.name));
        return view(s);
    }

    /**
     * The group the next member of the series should join: the first open group (planned or
     * active, by position) below its target size; when all are at target, a new planned group
     * is opened from the series' template. The series row lock serializes concurrent routes.
     */
    @Transactional
    public Route route(UUID workspaceId, UUID seriesId) {
        Caller caller = access.require(workspaceId, GroupService.WRITERS);
        GroupSeries s = find(workspaceId, seriesId, true);
        ChatGroup open = ChatGroup.<ChatGroup>find(
                        "workspaceId = ?1 and seriesId = ?2 and status in ('planned', 'active') and memberCount < targetSize "
                                + "order by seriesPosition", workspaceId, seriesId)
                .firstResult();
        if (open != null) {
            return new Route(GroupView.of(open), false);
        }
        ChatGroup g = new ChatGroup();
        g.id = Ids.newId();
        g.workspaceId = workspaceId;
        g.seriesId = s.id;
        g.seriesPosition = groups.nextPosition(workspaceId, s.id);
        g.name = s.namePattern.contains("{n}") ? s.namePattern.replace("{n}", String.valueOf(g.seriesPosition))
                : s.namePattern + " " + g.seriesPosition;
        if (g.name.length() > 100) {
            g.name = g.name.substring(0, 100);
        }
        g.platform = s.platform;
        g.purpose = s.purpose;
        g.entryThreshold = wire(EntryThreshold.NONE);
        g.tags = new String[0];
        g.status = wire(Status.PLANNED);
        g.hardLimit = s.hardLimit;
        g.targetSize = s.targetSize;
        g.assignedOperatorIds = new UUID[0];
        g.createdAt = Times.now();
        g.updatedAt = g.createdAt;
        g.persist();
        audit.record(workspaceId, caller.principal().key(), "group.opened_by_series", "group", g.id,
                Map.of("seriesId", s.id.toString(), "position", g.seriesPosition));
        return new Route(GroupView.of(g), true);
    }

    private SeriesView view(GroupSeries s) {
        long count = ChatGroup.count("workspaceId = ?1 and seriesId = ?2", s.workspaceId, s.id);
        return new SeriesView(s.id, s.name, Enums.fromWire(Platform.class, s.platform), s.namePattern,
                Enums.fromWire(Purpose.class, s.purpose), s.hardLimit, s.targetSize, count, s.createdAt, s.updatedAt);
    }

    private static void checkCapacity(GroupSeries s) {
        if (s.targetSize > s.hardLimit) {
            throw ProblemException.invalid(Problem.FieldError.body("/targetSize", "must not exceed hardLimit (" + s.hardLimit + ")"));
        }
    }

    private static GroupSeries find(UUID workspaceId, UUID seriesId, boolean forUpdate) {
        var query = GroupSeries.<GroupSeries>find("workspaceId = ?1 and id = ?2", workspaceId, seriesId);
        if (forUpdate) {
            query.withLock(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.firstResultOptional().orElseThrow(() -> ProblemException.notFound("Series"));
    }
}
