package io.shequn.insight;

import io.quarkus.security.Authenticated;
import io.shequn.common.Enums;
import io.shequn.common.QueryParams;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.insight.InsightDtos.Alert;
import io.shequn.insight.InsightDtos.AlertResolve;
import io.shequn.insight.InsightDtos.AlertState;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/alerts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    private final AlertService alerts;

    public AlertResource(AlertService alerts) {
        this.alerts = alerts;
    }

    @GET
    public Page<Alert> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("groupId") String groupId,
                            @QueryParam("kind") String kind, @QueryParam("state") String state,
                            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return alerts.list(workspaceId, QueryParams.uuid("groupId", groupId), QueryParams.text("kind", kind, 32),
                Enums.queryParam(AlertState.class, "state", state), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("{alertId}")
    public Alert get(@PathParam("workspaceId") UUID workspaceId, @PathParam("alertId") UUID alertId) {
        return alerts.get(workspaceId, alertId);
    }

    @POST
    @Path("{alertId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public Alert resolve(@PathParam("workspaceId") UUID workspaceId, @PathParam("alertId") UUID alertId, AlertResolve body) {
        // the body is optional: none is a resolve without a note
        return alerts.resolve(workspaceId, alertId, body == null ? null : body.note());
    }
}
