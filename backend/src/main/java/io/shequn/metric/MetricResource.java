package io.shequn.metric;

import io.quarkus.security.Authenticated;
import io.shequn.common.QueryParams;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.paging.PageRequest;
import io.shequn.metric.MetricDtos.Health;
import io.shequn.metric.MetricDtos.Ranking;
import io.shequn.metric.MetricDtos.Series;
import io.shequn.metric.MetricDtos.Summary;
import io.shequn.metric.MetricDtos.Thresholds;
import io.shequn.metric.MetricDtos.ThresholdsUpdate;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reading metrics: summary, series, group ranking, group health, thresholds. */
@Path("/api/v1/workspaces/{workspaceId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetricResource {
    private final MetricService metrics;
    private final RankingService ranking;
    private final HealthService health;

    public MetricResource(MetricService metrics, RankingService ranking, HealthService health) {
        this.metrics = metrics;
        this.ranking = ranking;
        this.health = health;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "is required: a local date such as 2026-11-16"));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be a date such as 2026-11-16"));
        }
    }

    @GET
    @Path("/metrics/summary")
    public Summary summary(@PathParam("workspaceId") UUID workspaceId, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("groupId") String groupId, @QueryParam("segmentId") String segmentId) {
        return metrics.summary(workspaceId, date("from", from), date("to", to), QueryParams.uuid("groupId", groupId),
                QueryParams.uuid("segmentId", segmentId));
    }

    @GET
    @Path("/metrics/series")
    public Series series(@PathParam("workspaceId") UUID workspaceId, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("interval") String interval, @QueryParam("groupId") String groupId,
                         @QueryParam("segmentId") String segmentId) {
        MetricService.Interval i;
        if (interval == null || interval.isEmpty()) {
            i = MetricService.Interval.DAY;
        } else {
            i = switch (interval) {
                case "day" -> MetricService.Interval.DAY;
                case "week" -> MetricService.Interval.WEEK;
                case "month" -> MetricService.Interval.MONTH;
                default -> throw ProblemException.invalid(Problem.FieldError.parameter("interval", "must be day, week or month"));
            };
        }
        return metrics.series(workspaceId, date("from", from), date("to", to), i, QueryParams.uuid("groupId", groupId),
                QueryParams.uuid("segmentId", segmentId));
    }

    @GET
    @Path("/metrics/group-ranking")
    public Ranking ranking(@PathParam("workspaceId") UUID workspaceId, @QueryParam("metric") String metric,
                           @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("order") String order,
                           @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        if (metric == null || metric.isEmpty()) {
            throw ProblemException.invalid(Problem.FieldError.parameter("metric", "is required"));
        }
        boolean descending = true;
        if (order != null && !order.isEmpty()) {
            descending = switch (order) {
                case "desc" -> true;
                case "asc" -> false;
                default -> throw ProblemException.invalid(Problem.FieldError.parameter("order", "must be asc or desc"));
            };
        }
        PageRequest page = PageRequest.of(limit, null);
        if (cursor != null && cursor.length() > 512) {
            throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is too long"));
        }
        return ranking.rank(workspaceId, metric, date("from", from), date("to", to), descending, page.limit(),
                cursor == null || cursor.isEmpty() ? null : cursor);
    }

    @GET
    @Path("/groups/{groupId}/health")
    public Health health(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        return health.health(workspaceId, groupId, date("from", from), date("to", to));
    }

    @GET
    @Path("/metrics/thresholds")
    public Thresholds thresholds(@PathParam("workspaceId") UUID workspaceId) {
        return health.get(workspaceId);
    }

    @PUT
    @Path("/metrics/thresholds")
    public Thresholds putThresholds(@PathParam("workspaceId") UUID workspaceId, @HeaderParam("If-Match") String ifMatch,
                                    ThresholdsUpdate body) {
        if (body == null) {
            throw ProblemException.invalid(Problem.FieldError.body("", "send the thresholds to change"));
        }
        return health.put(workspaceId, ifMatch, body);
    }
}
