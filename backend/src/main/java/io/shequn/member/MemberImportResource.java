package io.shequn.member;

import io.quarkus.security.Authenticated;
import io.shequn.common.idempotency.Idempotency;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import io.shequn.member.MemberImportDtos.ImportView;
import io.shequn.member.MemberImportDtos.RowError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** CSV import jobs of members (the export is GET .../members/export, in MemberResource). */
@Path("/api/v1/workspaces/{workspaceId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MemberImportResource {
    public static final String CSV = "text/csv";

    private final MemberImportService imports;
    private final Idempotency idempotency;

    public MemberImportResource(MemberImportService imports, Idempotency idempotency) {
        this.imports = imports;
        this.idempotency = idempotency;
    }

    /** Queues the file: 202 with a new job, 200 with the job of the same file still queued or running. */
    @POST
    @Path("member-imports")
    @Consumes(CSV)
    public Response create(@PathParam("workspaceId") UUID workspaceId, byte[] body,
                           @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
        String sha256 = MemberImportService.sha256(body == null ? new byte[0] : body);
        // the idempotency hash covers the file's digest, not 50 MB of JSON
        return idempotency.run(key, workspaceId, uri.getPath(), sha256, () -> {
            MemberImportService.Created created = imports.create(workspaceId, body, sha256);
            return Response.status(created.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                    .location(uri.getAbsolutePathBuilder().path(created.job().id().toString()).build())
                    .entity(created.job()).build();
        });
    }

    @GET
    @Path("member-imports")
    public Page<ImportView> list(@PathParam("workspaceId") UUID workspaceId, @QueryParam("limit") String limit,
                                 @QueryParam("cursor") String cursor) {
        return imports.list(workspaceId, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("member-imports/{importId}")
    public ImportView get(@PathParam("workspaceId") UUID workspaceId, @PathParam("importId") UUID importId) {
        return imports.get(workspaceId, importId);
    }

    @GET
    @Path("member-imports/{importId}/errors")
    public Page<RowError> errors(@PathParam("workspaceId") UUID workspaceId, @PathParam("importId") UUID importId,
                                 @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return imports.errors(workspaceId, importId, PageRequest.of(limit, cursor));
    }
}
