package io.shequn.common.http;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A query parameter holding NUL (U+0000, {@code %00}) answers 400 naming it: PostgreSQL text
 * cannot hold NUL, so such a value reaching a query ended in a 500 (filters such as {@code q},
 * {@code tag}, {@code tier}, {@code platformUserId}). Checked once here for every operation.
 */
public class QueryParamText {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        List<Problem.FieldError> bad = request.getUriInfo().getQueryParameters().entrySet().stream()
                .filter(e -> e.getKey().indexOf('\0') >= 0 || e.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0))
                .map(Map.Entry::getKey).sorted()
                .map(name -> Problem.FieldError.parameter(name.replace('\0', '\uFFFD'), "must not contain NUL (U+0000)"))
                .toList();
        if (!bad.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, bad.size() == 1 ? "1 field is not valid."
                    : bad.size() + " fields are not valid.", bad);
        }
    }
}
