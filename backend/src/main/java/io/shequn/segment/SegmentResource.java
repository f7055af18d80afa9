package io.shequn.segment;

import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.member.MemberDtos.MemberView;
import io.shequn.segment.SegmentDtos.SegmentCreate;
import io.shequn.segment.SegmentDtos.SegmentUpdate;
import io.shequn.segment.SegmentDtos.SegmentView;
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

@Path("/api/v1/workspaces/{workspaceId}/segments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {
    private final SegmentService segments;
    private final Idempotency idempotency;

    public SegmentResource(SegmentService segments, Idempotency idempotency) {
        this.segments = segments;
        this.idempotency = idempotency;
    }

    @GET
    public Page<SegmentView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                  @QueryParam("cursor") String cursor) {
        return segments.list(workspaceId, PageRequest.of(limit, cursor));
    }

    @POST
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull SegmentCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            SegmentView created = segments.create(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{segmentId}")
    public SegmentView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("segmentId") UUID segmentId) {
        return segments.get(workspaceId, segmentId);
    }

    @PATCH
    @Path("{segmentId}")
    public SegmentView update(@PathParam("workspaceId") UUID workspaceId, @PathParam("segmentId") UUID segmentId,
                              @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SegmentUpdate body) {
        return segments.update(workspaceId, segmentId, ifMatch, body);
    }

    @DELETE
    @Path("{segmentId}")
    public void delete(@PathParam("workspaceId") UUID workspaceId, @PathParam("segmentId") UUID segmentId,
                       @HeaderParam("If-Match") String ifMatch) {
        segments.delete(workspaceId, segmentId, ifMatch);
    }

    @GET
    @Path("{segmentId}/members")
    public Page<MemberView> members(@PathParam("workspaceId") UUID workspaceId, @PathParam("segmentId") UUID segmentId,
                                    @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return segments.members(workspaceId, segmentId, PageRequest.of(limit, cursor));
    }
}
