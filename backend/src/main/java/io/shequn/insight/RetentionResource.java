package io.shequn.insight;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.insight.InsightDtos.RetentionReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/metrics/retention")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    private final RetentionService retention;

    public RetentionResource(RetentionService retention) {
        this.retention = retention;
    }

    @GET
    public RetentionReport get(@PathParam("workspaceId") UUID workspaceId, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("groupId") String groupId) {
        return retention.cohorts(workspaceId, QueryParams.uuid("groupId", groupId), from, to);
    }
}
