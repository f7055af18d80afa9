package io.shequn.event;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code events:batch} (the custom-method style of Google's API design guide) sent with the
 * colon percent-encoded ({@code events%3Abatch}, as some HTTP clients do) reaches the same
 * operation: the router matches the raw path.
 */
public class ColonPathFilter {
    @ServerRequestFilter(preMatching = true)
    public void decodeColon(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath();
        int at = raw.toLowerCase(java.util.Locale.ROOT).lastIndexOf("/events%3abatch");
        if (at >= 0 && at + "/events%3abatch".length() == raw.length()) {
            String fixed = raw.substring(0, at) + "/events:batch";
            request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + fixed
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
