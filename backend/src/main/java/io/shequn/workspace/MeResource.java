package io.shequn.workspace;

import io.quarkus.security.Authenticated;
import io.shequn.access.AccessDtos.MeView;
import io.shequn.access.AccessDtos.MyInvitationList;
import io.shequn.access.InvitationService;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.security.CurrentPrincipal;
import io.shequn.common.security.Principal;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** The caller: who they are, their pending invitations, and accepting one (which answers with the workspace joined). */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {
    private final CurrentPrincipal current;
    private final InvitationService invitations;
    private final WorkspaceService workspaces;
    private final Idempotency idempotency;

    public MeResource(CurrentPrincipal current, InvitationService invitations, WorkspaceService workspaces, Idempotency idempotency) {
        this.current = current;
        this.invitations = invitations;
        this.workspaces = workspaces;
        this.idempotency = idempotency;
    }

    @GET
    public MeView me() {
        Principal p = current.get();
        return new MeView(p.subject(), p.type(), p.clientId(), p.email(), p.emailVerified(), p.name());
    }

    @GET
    @Path("invitations")
    public MyInvitationList myInvitations() {
        return new MyInvitationList(invitations.mine());
    }

    @POST
    @Path("invitations/{invitationId}/accept")
    public Response accept(@PathParam("invitationId") UUID invitationId, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, null, uri.getPath(), invitationId, () -> {
            var accepted = invitations.accept(invitationId, current.get());
            return Response.ok(workspaces.getMine(accepted.workspaceId())).build();
        });
    }
}
