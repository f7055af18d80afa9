package io.shequn.member;

import io.quarkus.security.Authenticated;
import io.shequn.common.Enums;
import io.shequn.common.Platform;
import io.shequn.common.QueryParams;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.member.MemberDtos.Identity;
import io.shequn.member.MemberDtos.MemberCreate;
import io.shequn.member.MemberDtos.MemberUpdate;
import io.shequn.member.MemberDtos.MemberView;
import io.shequn.member.MemberDtos.MembershipView;
import io.shequn.member.MemberEnums.MembershipState;
import io.shequn.member.MemberEnums.SourceChannel;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/workspaces/{workspaceId}/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final MemberService members;
    private final MembershipService memberships;
    private final MemberLifecycleService lifecycle;
    private final ReferralService referrals;
    private final Idempotency idempotency;
    private final MemberExportService exports;

    public MemberResource(MemberService members, MembershipService memberships, MemberLifecycleService lifecycle,
                          ReferralService referrals, Idempotency idempotency, MemberExportService exports) {
        this.exports = exports;
        this.members = members;
        this.memberships = memberships;
        this.lifecycle = lifecycle;
        this.referrals = referrals;
        this.idempotency = idempotency;
    }

    public static class ListParams {
        @QueryParam("limit") String limit;
        @QueryParam("cursor") String cursor;
        @QueryParam("tag") List<String> tags;
        @QueryParam("tagMode") String tagMode;
        @QueryParam("tier") String tier;
        @QueryParam("groupId") String groupId;
        @QueryParam("channel") String channel;
        @QueryParam("silentDays") String silentDays;
        @QueryParam("staff") String staff;
        @QueryParam("q") String q;
        @QueryParam("joinedFrom") String joinedFrom;
        @QueryParam("joinedTo") String joinedTo;

        public MemberFilter filter() {
            if (tags != null && tags.size() > 20) {
                throw ProblemException.invalid(Problem.FieldError.parameter("tag", "at most 20 tags"));
            }
            if (tags != null) {
                tags.forEach(t -> QueryParams.text("tag", t, 50));
            }
            return new MemberFilter(tags == null || tags.isEmpty() ? null : tags,
                    Enums.queryParam(MemberFilter.TagMode.class, "tagMode", tagMode),
                    QueryParams.text("tier", tier, 32), QueryParams.uuid("groupId", groupId),
                    Enums.queryParam(SourceChannel.class, "channel", channel),
                    QueryParams.integer("silentDays", silentDays, 1, 3650),
                    staff == null || staff.isEmpty() ? null : QueryParams.bool("staff", staff),
                    QueryParams.text("q", q, 100),
                    QueryParams.instant("joinedFrom", joinedFrom), QueryParams.instant("joinedTo", joinedTo));
        }
    }

    @GET
    public Page<MemberView> list(@PathParam("workspaceId") UUID workspaceId, @BeanParam ListParams params) {
        return members.list(workspaceId, params.filter(), PageRequest.of(params.limit, params.cursor));
    }

    @POST
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull MemberCreate body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        return idempotency.run(key, workspaceId, uri.getPath(), body, () -> {
            MemberView created = members.create(workspaceId, body);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    /** Tags or untags members chosen by id or by filter: all of them or none. */
    @POST
    @Path("bulk-tag")
    public MemberService.BulkTagResult bulkTag(@PathParam("workspaceId") UUID workspaceId,
                                               @Valid @NotNull MemberDtos.BulkTag body) {
        return members.bulkTag(workspaceId, body.memberIds(), body.filter(), body.add(), body.remove());
    }

    /** The members the filter matches, as a CSV file in the import's columns (UTF-8 with BOM, for Excel), streamed. */
    @GET
    @Path("export")
    @Produces({MemberImportResource.CSV, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("workspaceId") UUID workspaceId, @BeanParam ListParams params) {
        MemberFilter filter = params.filter();
        return Response.ok(exports.export(workspaceId, filter), MemberImportResource.CSV + "; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"members-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Find a member by a platform identity (the partner bot knows only the platform's user id). */
    @GET
    @Path("by-identity")
    public MemberView byIdentity(@PathParam("workspaceId") UUID workspaceId, @QueryParam("platform") String platform,
                                 @QueryParam("platformUserId") String platformUserId) {
        Platform p = Enums.queryParam(Platform.class, "platform", platform);
        if (p == null) {
            throw ProblemException.invalid(Problem.FieldError.parameter("platform", "is required"));
        }
        String id = QueryParams.text("platformUserId", platformUserId, 128);
        if (id == null) {
            throw ProblemException.invalid(Problem.FieldError.parameter("platformUserId", "is required"));
        }
        return members.findByIdentity(workspaceId, p, id);
    }

    @GET
    @Path("{memberId}")
    public MemberView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId) {
        return members.get(workspaceId, memberId);
    }

    @PATCH
    @Path("{memberId}")
    public MemberView update(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId,
                             @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MemberUpdate body) {
        return members.update(workspaceId, memberId, ifMatch, body);
    }

    @POST
    @Path("{memberId}/identities")
    public MemberView addIdentity(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId,
                                  @Valid @NotNull Identity body) {
        return members.addIdentity(workspaceId, memberId, body);
    }

    /** Merges the member given in the body into this one (the survivor). */
    @POST
    @Path("{memberId}/merge")
    public MemberView merge(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId,
                            @Valid @NotNull MemberDtos.MergeRequest body) {
        return lifecycle.merge(workspaceId, memberId, body.memberId());
    }

    /** Erases the person's data on their request (PIPL); their history stays, anonymous. */
    @POST
    @Path("{memberId}/erase")
    public MemberView erase(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId) {
        return lifecycle.erase(workspaceId, memberId);
    }

    @GET
    @Path("{memberId}/invitees")
    public MemberDtos.InviteeTree invitees(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId,
                                           @QueryParam("depth") String depth) {
        Integer d = QueryParams.integer("depth", depth, 1, 5);
        return referrals.invitees(workspaceId, memberId, d == null ? 1 : d);
    }

    @GET
    @Path("{memberId}/memberships")
    public Page<MembershipView> memberships(@PathParam("workspaceId") UUID workspaceId, @PathParam("memberId") UUID memberId,
                                            @QueryParam("state") String state, @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        return memberships.listOfMember(workspaceId, memberId,
                Enums.queryParam(MembershipState.class, "state", state), PageRequest.of(limit, cursor));
    }
}
