package io.shequn.event;

import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
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

/** Up to 1,000 events in one request, with a result per item, acknowledged after the commit. */
@Path("/api/v1/workspaces/{workspaceId}/events:batch")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventBatchResource {
    private final EventIngestService ingest;
    private final Idempotency idempotency;

    public EventBatchResource(EventIngestService ingest, Idempotency idempotency) {
        this.ingest = ingest;
        this.idempotency = idempotency;
    }

    @POST
    public Response push(@PathParam("workspaceId") UUID workspaceId, @NotNull EventBatch body,
                         @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return ingest.through(workspaceId, () -> idempotency.run(key, workspaceId, uri.getPath(), body,
                () -> Response.ok(ingest.batch(workspaceId, body.items())).build()));
    }
}
