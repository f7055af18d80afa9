package io.shequn.common.audit;

import io.quarkus.security.Authenticated;
import io.shequn.access.Role;
import io.shequn.access.WorkspaceAccess;
import io.shequn.common.QueryParams;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who changed what and when, newest first: for owners and admins. */
@Path("/api/v1/workspaces/{workspaceId}/audit-log")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final Set<String> ENTITY_TYPES = Set.of("workspace", "access", "invitation", "group", "series", "member", "membership", "tag", "segment", "member_import");
    private final WorkspaceAccess access;

    public AuditResource(WorkspaceAccess access) {
        this.access = access;
    }

    public record AuditView(UUID id, Instant occurredAt, String actor, String action, String entityType, UUID entityId,
                            Map<String, Object> details) {
    }

    @GET
    @Transactional
    public Page<AuditView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("entityType") String entityType,
                                @QueryParam("entityId") String entityId, @QueryParam("limit") String limit,
                                @QueryParam("cursor") String cursor) {
        access.require(workspaceId, Role.MANAGERS);
        if (entityType != null && !entityType.isEmpty() && !ENTITY_TYPES.contains(entityType)) {
            throw ProblemException.invalid(Problem.FieldError.parameter("entityType", "must be one of " + ENTITY_TYPES));
        }
        UUID entity = QueryParams.uuid("entityId", entityId);
        PageRequest page = PageRequest.of(limit, cursor);
        StringBuilder q = new StringBuilder("workspaceId = ?1");
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        if (entityType != null && !entityType.isEmpty()) {
            params.add(entityType);
            q.append(" and entityType = ?").append(params.size());
        }
        if (entity != null) {
            params.add(entity);
            q.append(" and entityId = ?").append(params.size());
        }
        if (page.afterId() != null) {
            params.add(page.afterId());
            q.append(" and id < ?").append(params.size());
        }
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(q + " order by id desc", params.toArray()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, a -> new AuditView(a.id, a.occurredAt, a.actor, a.action, a.entityType, a.entityId,
                a.details == null ? Map.of() : a.details), a -> a.id.toString());
    }
}
