package io.shequn.insight;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.insight.InsightDtos.SilentMember;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/metrics/silent-members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SilentMemberResource {
    private final SilentMemberService silent;

    public SilentMemberResource(SilentMemberService silent) {
        this.silent = silent;
    }

    @GET
    public Page<SilentMember> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("days") String days,
                                   @QueryParam("groupId") String groupId, @QueryParam("limit") String limit,
                                   @QueryParam("cursor") String cursor) {
        Integer n = QueryParams.integer("days", days, 1, 365);
        return silent.list(workspaceId, QueryParams.uuid("groupId", groupId), n == null ? 7 : n, PageRequest.of(limit, cursor));
    }
}
