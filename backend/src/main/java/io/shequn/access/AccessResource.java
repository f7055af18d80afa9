package io.shequn.access;

import io.quarkus.security.Authenticated;
import io.shequn.access.AccessDtos.AccessUpdate;
import io.shequn.access.AccessDtos.AccessView;
import io.shequn.access.AccessDtos.ClientAccessCreate;
import io.shequn.common.Enums;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.common.security.PrincipalType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/access")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessResource {
    private final AccessService service;
    private final Idempotency idempotency;

    public AccessResource(AccessService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    public Page<AccessView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor, @QueryParam("role") String role, @QueryParam("type") String type) {
        return service.list(workspaceId, PageRequest.of(limit, cursor),
                Enums.queryParam(Role.class, "role", role), Enums.queryParam(PrincipalType.class, "type", type));
    }

    @POST
    public Response grantClient(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull ClientAccessCreate body,
                                @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            AccessView created = service.grantClient(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{accessId}")
    public AccessView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("accessId") UUID accessId) {
        return service.get(workspaceId, accessId);
    }

    @PATCH
    @Path("{accessId}")
    public AccessView changeRole(@PathParam("workspaceId") UUID workspaceId, @PathParam("accessId") UUID accessId,
                                 @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AccessUpdate body) {
        return service.changeRole(workspaceId, accessId, ifMatch, body.role());
    }

    @DELETE
    @Path("{accessId}")
    public void remove(@PathParam("workspaceId") UUID workspaceId, @PathParam("accessId") UUID accessId,
                       @HeaderParam("If-Match") String ifMatch) {
        service.remove(workspaceId, accessId, ifMatch);
    }
}
