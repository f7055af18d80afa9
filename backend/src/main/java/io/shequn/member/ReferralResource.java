package io.shequn.member;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.member.MemberDtos.InviterRanking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/referrals")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {
    private final ReferralService referrals;

    public ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** Inviting members ranked by accepted invites, in the workspace or in one group. */
    @GET
    public InviterRanking topInviters(@PathParam("workspaceId") UUID workspaceId, @QueryParam("groupId") String groupId,
                                      @QueryParam("limit") String limit) {
        Integer n = QueryParams.integer("limit", limit, 1, 200);
        return referrals.topInviters(workspaceId, QueryParams.uuid("groupId", groupId), n == null ? 50 : n);
    }
}
