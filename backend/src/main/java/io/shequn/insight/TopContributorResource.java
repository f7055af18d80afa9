package io.shequn.insight;

import io.quarkus.security.Authenticated;
import io.shequn.common.Enums;
import io.shequn.common.QueryParams;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.insight.InsightDtos.ContributorKind;
import io.shequn.insight.InsightDtos.TopContributors;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/metrics/top-contributors")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TopContributorResource {
    private final TopContributorService top;

    public TopContributorResource(TopContributorService top) {
        this.top = top;
    }

    @GET
    public TopContributors get(@PathParam("workspaceId") UUID workspaceId, @QueryParam("kind") String kind,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("groupId") String groupId, @QueryParam("limit") String limit) {
        ContributorKind k = Enums.queryParam(ContributorKind.class, "kind", kind);
        if (k == null) {
            throw ProblemException.invalid(Problem.FieldError.parameter("kind", "is required: talkers, check_in_streak, ugc_posters or inviters"));
        }
        Integer n = QueryParams.integer("limit", limit, 1, 200);
        return top.top(workspaceId, QueryParams.uuid("groupId", groupId), k, from, to, n == null ? 10 : n);
    }
}
