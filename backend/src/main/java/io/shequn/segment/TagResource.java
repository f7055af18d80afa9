package io.shequn.segment;

import io.quarkus.security.Authenticated;
import io.shequn.segment.SegmentDtos.TagCatalog;
import io.shequn.segment.SegmentDtos.TagCreate;
import io.shequn.segment.SegmentDtos.TagGroupCreate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** The tag catalog: tags (by name, as members carry them) in tag groups. */
@Path("/api/v1/workspaces/{workspaceId}/tags")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TagResource {
    private final SegmentService segments;

    public TagResource(SegmentService segments) {
        this.segments = segments;
    }

    @GET
    public TagCatalog catalog(@PathParam("workspaceId") UUID workspaceId) {
        return segments.catalog(workspaceId);
    }

    @POST
    public Response createTag(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull TagCreate body) {
        return Response.status(Response.Status.CREATED).entity(segments.createTag(workspaceId, body)).build();
    }

    @POST
    @Path("groups")
    public Response createTagGroup(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull TagGroupCreate body) {
        return Response.status(Response.Status.CREATED).entity(segments.createTagGroup(workspaceId, body)).build();
    }
}
