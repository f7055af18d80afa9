package io.shequn.activity;

import io.quarkus.security.Authenticated;
import io.shequn.activity.ActivityDtos.Calendar;
import io.shequn.activity.ActivityDtos.ReviewItem;
import io.shequn.common.Enums;
import io.shequn.common.QueryParams;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Activities across time: the calendar, and the reviews to plan the next one from. */
@Path("/api/v1/workspaces/{workspaceId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ActivityCalendarResource {
    private final ActivityCalendarService calendar;

    public ActivityCalendarResource(ActivityCalendarService calendar) {
        this.calendar = calendar;
    }

    @GET
    @Path("activity-calendar")
    public Calendar calendar(@PathParam("workspaceId") UUID workspaceId, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("granularity") String granularity,
                             @QueryParam("groupId") String groupId) {
        var g = Enums.queryParam(ActivityCalendarService.Granularity.class, "granularity", granularity);
        return calendar.calendar(workspaceId, QueryParams.date("from", from), QueryParams.date("to", to),
                g == null ? ActivityCalendarService.Granularity.DAY : g, QueryParams.uuid("groupId", groupId));
    }

    @GET
    @Path("activity-reviews")
    public Page<ReviewItem> reviews(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                    @QueryParam("cursor") String cursor, @QueryParam("type") String type,
                                    @QueryParam("q") String q) {
        return calendar.reviews(workspaceId, Enums.queryParam(ActivityType.class, "type", type),
                QueryParams.text("q", q, 100), PageRequest.of(limit, cursor));
    }
}
