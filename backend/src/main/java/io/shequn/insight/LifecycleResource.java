package io.shequn.insight;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.insight.InsightDtos.LifecycleCurve;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/metrics/lifecycle")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LifecycleResource {
    private final LifecycleService lifecycle;

    public LifecycleResource(LifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GET
    public LifecycleCurve get(@PathParam("workspaceId") UUID workspaceId, @QueryParam("days") String days,
                              @QueryParam("groupIds") List<String> groupIds, @QueryParam("tag") String tag) {
        Integer n = QueryParams.integer("days", days, 1, 180);
        List<UUID> ids = groupIds == null ? List.of() : groupIds.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .map(v -> QueryParams.uuid("groupIds", v.trim())).toList();
        return lifecycle.curve(workspaceId, n == null ? 30 : n, ids, QueryParams.text("tag", tag, 50));
    }
}
