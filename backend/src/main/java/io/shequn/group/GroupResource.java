package io.shequn.group;

import io.quarkus.security.Authenticated;
import io.shequn.common.Enums;
import io.shequn.common.Platform;
import io.shequn.common.QueryParams;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.group.GroupDtos.GroupCreate;
import io.shequn.group.GroupDtos.GroupUpdate;
import io.shequn.group.GroupDtos.GroupView;
import io.shequn.group.GroupEnums.Purpose;
import io.shequn.group.GroupEnums.Status;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/groups")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
    private final GroupService groups;
    private final Idempotency idempotency;

    public GroupResource(GroupService groups, Idempotency idempotency) {
        this.groups = groups;
        this.idempotency = idempotency;
    }

    public static class ListParams {
        @QueryParam("limit") String limit;
        @QueryParam("cursor") String cursor;
        @QueryParam("platform") String platform;
        @QueryParam("platformGroupId") String platformGroupId;
        @QueryParam("purpose") String purpose;
        @QueryParam("status") String status;
        @QueryParam("tag") String tag;
        @QueryParam("operatorId") String operatorId;
        @QueryParam("mine") String mine;
        @QueryParam("seriesId") String seriesId;
        @QueryParam("minMembers") String minMembers;
        @QueryParam("maxMembers") String maxMembers;
        @QueryParam("q") String q;
        @QueryParam("sort") String sort;

        GroupService.Filter filter() {
            return new GroupService.Filter(
                    Enums.queryParam(Platform.class, "platform", platform),
                    QueryParams.text("platformGroupId", platformGroupId, 128),
                    Enums.queryParam(Purpose.class, "purpose", purpose),
                    Enums.queryParam(Status.class, "status", status),
                    QueryParams.text("tag", tag, 50),
                    QueryParams.uuid("operatorId", operatorId),
                    QueryParams.bool("mine", mine),
                    QueryParams.uuid("seriesId", seriesId),
                    QueryParams.integer("minMembers", minMembers, 0, 10000),
                    QueryParams.integer("maxMembers", maxMembers, 0, 10000),
                    QueryParams.text("q", q, 100),
                    GroupSort.fromQuery(sort));
        }
    }

    @GET
    public Page<GroupView> list(@PathParam("workspaceId") UUID workspaceId, @BeanParam ListParams params) {
        return groups.list(workspaceId, params.filter(), PageRequest.of(params.limit, params.cursor));
    }

    @POST
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull GroupCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            GroupView created = groups.create(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Path("{groupId}")
    public GroupView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId) {
        return groups.get(workspaceId, groupId);
    }

    @PATCH
    @Path("{groupId}")
    public GroupView update(@PathParam("workspaceId") UUID workspaceId, @PathParam("groupId") UUID groupId,
                            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull GroupUpdate body) {
        return groups.update(workspaceId, groupId, ifMatch, body);
    }
}
