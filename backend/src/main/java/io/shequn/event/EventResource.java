package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.event.EventDtos.EventView;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/**
 * Partner tools push one event here (201 stored, 200 a duplicate of the one stored first, 409
 * a conflict, 400 invalid); an event is read back by id.
 */
@Path("/api/v1/workspaces/{workspaceId}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventIngestService ingest;
    private final EventTimelineService timelines;
    private final Idempotency idempotency;

    public EventResource(EventIngestService ingest, EventTimelineService timelines, Idempotency idempotency) {
        this.ingest = ingest;
        this.timelines = timelines;
        this.idempotency = idempotency;
    }

    @POST
    public Response push(@PathParam("workspaceId") UUID workspaceId, @NotNull JsonNode body,
                         @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return ingest.through(workspaceId, () -> idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            EventIngestService.Single r = ingest.single(workspaceId, body);
            Response.ResponseBuilder b = r.created() ? Response.status(Response.Status.CREATED) : Response.ok();
            return b.location(uri.getAbsolutePathBuilder().path(r.event().id().toString()).build()).entity(r.event()).build();
        }));
    }

    @GET
    @Path("{eventId}")
    public EventView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("eventId") UUID eventId) {
        return timelines.get(workspaceId, eventId);
    }
}
