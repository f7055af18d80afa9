package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.event.EventDtos.BatchResult;
import io.shequn.event.EventDtos.EventBatch;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Partner tools push events here: one, or a batch of up to 1,000 with per-item results. */
@Path("/api/v1/workspaces/{workspaceId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
    private final EventIngestService ingest;
    private final Idempotency idempotency;

    public EventResource(EventIngestService ingest, Idempotency idempotency) {
        this.ingest = ingest;
        this.idempotency = idempotency;
    }

    @POST
    @Path("events")
    public Response push(@PathParam("workspaceId") UUID workspaceId, @NotNull JsonNode body,
                         @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            EventIngestService.Single r = ingest.single(workspaceId, body);
            Response.ResponseBuilder b = r.created() ? Response.status(Response.Status.CREATED) : Response.ok();
            return b.location(uri.getAbsolutePathBuilder().path(r.event().id().toString()).build()).entity(r.event()).build();
        });
    }

    @POST
    @Path("events:batch")
    public Response pushBatch(@PathParam("workspaceId") UUID workspaceId, @NotNull EventBatch body,
                              @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            BatchResult r = ingest.batch(workspaceId, body.items());
            return Response.ok(r).build();
        });
    }
}
