package io.shequn.workspace;

import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.workspace.WorkspaceDtos.MyWorkspace;
import io.shequn.workspace.WorkspaceDtos.WorkspaceCreate;
import io.shequn.workspace.WorkspaceDtos.WorkspaceUpdate;
import io.shequn.workspace.WorkspaceDtos.WorkspaceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/workspaces")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceResource {
    private final WorkspaceService workspaces;
    private final Idempotency idempotency;

    public WorkspaceResource(WorkspaceService workspaces, Idempotency idempotency) {
        this.workspaces = workspaces;
        this.idempotency = idempotency;
    }

    @GET
    public Page<MyWorkspace> listMine(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return workspaces.listMine(PageRequest.of(limit, cursor));
    }

    @POST
    public Response create(@Valid @NotNull WorkspaceCreate body, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, null, uri.getPath(), body, () -> {
            MyWorkspace created = workspaces.create(body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.workspace().id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @Path("{workspaceId}")
    public WorkspaceView get(@PathParam("workspaceId") UUID workspaceId) {
        return workspaces.get(workspaceId);
    }

    @PATCH
    @Path("{workspaceId}")
    public WorkspaceView update(@PathParam("workspaceId") UUID workspaceId, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull WorkspaceUpdate body) {
        return workspaces.update(workspaceId, ifMatch, body);
    }
}
