package io.shequn.common.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serializes every successful JSON answer of the API once, tags it with its ETag, and
 * answers 304 to a GET whose If-None-Match still matches (mobile clients on slow networks).
 */
public class ETagFilter {

    private final Etags etags;

    public ETagFilter(Etags etags) {
        this.etags = etags;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 200 || status >= 300 || !response.hasEntity()) {
            return;
        }
        MediaType type = response.getMediaType();
        if (type != null && !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return;
        }
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : etags.serialize(response.getEntity());
        String etag = Etags.ofBytes(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        String method = request.getMethod();
        if ((HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && Etags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatusInfo(Response.Status.NOT_MODIFIED);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }
}
