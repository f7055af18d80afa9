package io.shequn.event;

import io.quarkus.security.Authenticated;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.event.EventDtos.EventView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The timeline of a member: newest first, by type and time range, cursor paged. */
@Path("/api/v1/workspaces/{workspaceId}/members/{memberId}/events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MemberEventResource {
    private final EventTimelineService timelines;

    public MemberEventResource(EventTimelineService timelines) {
        this.timelines = timelines;
    }

    @GET
    public Page<EventView> list(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID id,
                                @QueryParam("type") List<String> type, @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return timelines.ofMember(workspaceId, id, EventTimelineService.Filter.of(type, from, to), PageRequest.of(limit, cursor));
    }
}
