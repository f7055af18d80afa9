package io.shequn.access;

import io.quarkus.security.Authenticated;
import io.shequn.access.AccessDtos.InvitationCreate;
import io.shequn.access.AccessDtos.InvitationView;
import io.shequn.common.Enums;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

@Path("/api/v1/workspaces/{workspaceId}/invitations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {
    private final InvitationService service;
    private final Idempotency idempotency;

    public InvitationResource(InvitationService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @GET
    public Page<InvitationView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor, @QueryParam("status") String status) {
        return service.list(workspaceId, PageRequest.of(limit, cursor), Enums.queryParam(InvitationStatus.class, "status", status));
    }

    @POST
    public Response invite(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull InvitationCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            InvitationView created = service.invite(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{invitationId}")
    public InvitationView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("invitationId") UUID invitationId) {
        return service.get(workspaceId, invitationId);
    }

    @DELETE
    @Path("{invitationId}")
    public void revoke(@PathParam("workspaceId") UUID workspaceId, @PathParam("invitationId") UUID invitationId,
                       @HeaderParam("If-Match") String ifMatch) {
        service.revoke(workspaceId, invitationId, ifMatch);
    }
}
