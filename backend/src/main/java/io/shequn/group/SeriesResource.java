package io.shequn.group;

import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupDtos.Route;
import io.shequn.group.GroupDtos.SeriesCreate;
import io.shequn.group.GroupDtos.SeriesUpdate;
import io.shequn.group.GroupDtos.SeriesView;
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

@Path("/api/v1/workspaces/{workspaceId}/series")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeriesResource {
    private final SeriesService series;
    private final Idempotency idempotency;

    public SeriesResource(SeriesService series, Idempotency idempotency) {
        this.series = series;
        this.idempotency = idempotency;
    }

    @GET
    public Page<SeriesView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        return series.list(workspaceId, PageRequest.of(limit, cursor));
    }

    @POST
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull SeriesCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            SeriesView created = series.create(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{seriesId}")
    public SeriesView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("seriesId") UUID seriesId) {
        return series.get(workspaceId, seriesId);
    }

    @PATCH
    @Path("{seriesId}")
    public SeriesView update(@PathParam("workspaceId") UUID workspaceId, @PathParam("seriesId") UUID seriesId,
                             @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SeriesUpdate body) {
        return series.update(workspaceId, seriesId, ifMatch, body);
    }

    /** Where the next member of this series goes (opens a new planned group when all are at target size). */
    @POST
    @Path("{seriesId}/route")
    public Route route(@PathParam("workspaceId") UUID workspaceId, @PathParam("seriesId") UUID seriesId) {
        return series.route(workspaceId, seriesId);
    }
}
