package io.shequn.access;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.common.audit.AuditLog;
import io.shequn.common.audit.AuditLog.AuditView;
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
import java.util.Set;
import java.util.UUID;

/** Who changed what and when, newest first: for owners and admins. */
@Path("/api/v1/workspaces/{workspaceId}/audit-log")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    private static final Set<String> ENTITY_TYPES = Set.of("workspace", "access", "invitation", "group", "series", "member", "membership", "tag", "segment", "member_import");
    private final WorkspaceAccess access;
    private final AuditLog audit;

    public AuditResource(WorkspaceAccess access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
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
        return audit.page(workspaceId, entityType == null || entityType.isEmpty() ? null : entityType, entity, PageRequest.of(limit, cursor));
    }
}
