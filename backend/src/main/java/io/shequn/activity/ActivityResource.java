package io.shequn.activity;

import io.quarkus.security.Authenticated;
import io.shequn.activity.ActivityDtos.ActivityCreate;
import io.shequn.activity.ActivityDtos.ActivityUpdate;
import io.shequn.activity.ActivityDtos.ActivityView;
import io.shequn.activity.ActivityDtos.Comparison;
import io.shequn.activity.ActivityDtos.Participant;
import io.shequn.activity.ActivityDtos.Results;
import io.shequn.activity.ActivityDtos.ReviewWrite;
import io.shequn.common.Enums;
import io.shequn.common.QueryParams;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/activities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private final ActivityService activities;
    private final ActivityResultsService results;
    private final Idempotency idempotency;

    public ActivityResource(ActivityService activities, ActivityResultsService results, Idempotency idempotency) {
        this.activities = activities;
        this.results = results;
        this.idempotency = idempotency;
    }

    public static class ListParams {
        @QueryParam("limit") String limit;
        @QueryParam("cursor") String cursor;
        @QueryParam("status") String status;
        @QueryParam("type") String type;
        @QueryParam("groupId") String groupId;
        @QueryParam("from") String from;
        @QueryParam("to") String to;
    }

    @GET
    public Page<ActivityView> list(@PathParam("workspaceId") UUID workspaceId, @BeanParam ListParams p) {
        var filter = new ActivityService.Filter(Enums.queryParam(ActivityStatus.class, "status", p.status),
                Enums.queryParam(ActivityType.class, "type", p.type), QueryParams.uuid("groupId", p.groupId),
                QueryParams.date("from", p.from), QueryParams.date("to", p.to));
        return activities.list(workspaceId, filter, PageRequest.of(p.limit, p.cursor));
    }

    @POST
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull ActivityCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            ActivityView created = activities.create(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{activityId}")
    public ActivityView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId) {
        return activities.get(workspaceId, activityId);
    }

    @PATCH
    @Path("{activityId}")
    public ActivityView update(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                               @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ActivityUpdate body) {
        return activities.update(workspaceId, activityId, ifMatch, body);
    }

    @POST
    @Path("{activityId}/schedule")
    public Response schedule(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                             @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key,
                             @Context UriInfo uri) {
        return transition(workspaceId, activityId, ActivityStatus.SCHEDULED, ifMatch, key, uri);
    }

    @POST
    @Path("{activityId}/start")
    public Response start(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                          @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key,
                          @Context UriInfo uri) {
        return transition(workspaceId, activityId, ActivityStatus.RUNNING, ifMatch, key, uri);
    }

    @POST
    @Path("{activityId}/end")
    public Response end(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                        @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key,
                        @Context UriInfo uri) {
        return transition(workspaceId, activityId, ActivityStatus.ENDED, ifMatch, key, uri);
    }

    @POST
    @Path("{activityId}/cancel")
    public Response cancel(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        return transition(workspaceId, activityId, ActivityStatus.CANCELLED, ifMatch, key, uri);
    }

    private Response transition(UUID workspaceId, UUID activityId, ActivityStatus target, String ifMatch, String key, UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), null,
                () -> Response.ok(activities.transition(workspaceId, activityId, target, ifMatch)).build());
    }

    @PUT
    @Path("{activityId}/review")
    public ActivityView review(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                               @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReviewWrite body) {
        return activities.review(workspaceId, activityId, ifMatch, body);
    }

    @GET
    @Path("{activityId}/results")
    public Results results(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId) {
        return results.results(workspaceId, activityId);
    }

    @GET
    @Path("{activityId}/participants")
    public Page<Participant> participants(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                                          @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return results.participants(workspaceId, activityId, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{activityId}/comparison")
    public Comparison comparison(@PathParam("workspaceId") UUID workspaceId, @PathParam("activityId") UUID activityId,
                                 @QueryParam("limit") String limit) {
        Integer n = QueryParams.integer("limit", limit, 1, 20);
        return results.compare(workspaceId, activityId, n == null ? 5 : n);
    }
}
