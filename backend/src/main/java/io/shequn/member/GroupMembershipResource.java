package io.shequn.member;

import io.quarkus.security.Authenticated;
import io.shequn.common.Enums;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.member.MemberDtos.MembershipCreate;
import io.shequn.member.MemberDtos.MembershipLeave;
import io.shequn.member.MemberDtos.MembershipUpdate;
import io.shequn.member.MemberDtos.MembershipView;
import io.shequn.member.MemberEnums.MembershipState;
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

@Path("/api/v1/workspaces/{workspaceId}/groups/{groupId}/memberships")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupMembershipResource {
    private final MembershipService memberships;
    private final Idempotency idempotency;

    public GroupMembershipResource(MembershipService memberships, Idempotency idempotency) {
        this.memberships = memberships;
        this.idempotency = idempotency;
    }

    @GET
    public Page<MembershipView> list(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                                     @QueryParam("state") String state, @QueryParam("limit") String limit,
                                     @QueryParam("cursor") String cursor) {
        return memberships.listOfGroup(workspaceId, groupId, Enums.queryParam(MembershipState.class, "state", state),
                PageRequest.of(limit, cursor));
    }

    @POST
    public Response join(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                         @Valid @NotNull MembershipCreate body, @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            MembershipView created = memberships.join(workspaceId, groupId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{membershipId}")
    public MembershipView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                              @PathParam("membershipId") UUID membershipId) {
        return memberships.get(workspaceId, groupId, membershipId);
    }

    @PATCH
    @Path("{membershipId}")
    public MembershipView changeRole(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                                     @PathParam("membershipId") UUID membershipId, @HeaderParam("If-Match") String ifMatch,
                                     @Valid @NotNull MembershipUpdate body) {
        return memberships.changeRole(workspaceId, groupId, membershipId, ifMatch, body.role());
    }

    @POST
    @Path("{membershipId}/leave")
    public MembershipView leave(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                                @PathParam("membershipId") UUID membershipId, @Valid @NotNull MembershipLeave body) {
        return memberships.leave(workspaceId, groupId, membershipId, body.reason());
    }
}
