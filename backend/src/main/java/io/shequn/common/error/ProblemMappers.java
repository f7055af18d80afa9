package io.shequn.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.shequn.common.Enums;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error leaves the API as RFC 9457 problem+json: framework errors (routing, content
 * negotiation, JSON parsing, bean validation, authentication) and our own alike. Nothing
 * internal (class names, SQL, stack traces) reaches the caller; unexpected errors get an
 * errorId that is in the server's log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.nextGroupId != null || e.existingId != null || e.currentStatus != null) {
            Problem body = new Problem(e.type.uri, e.type.title, e.type.status, e.getMessage(), uri.getPath(), null, null,
                    e.nextGroupId, e.existingId, e.currentStatus, e.allowedTransitions);
            return Response.status(e.type.status).type(Problem.MEDIA_TYPE).entity(body).build();
        }
        if (e.type == ProblemType.UNAVAILABLE) {
            return unavailable(e.getMessage(), uri);
        }
        return respond(e.type, e.getMessage(), e.errors, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemMappers::fieldError)
                .sorted(Comparator.comparing(f -> String.valueOf(f.pointer()) + f.parameter()))
                .toList();
        return respond(ProblemType.VALIDATION, errors.size() == 1 ? "1 field is not valid." : errors.size() + " fields are not valid.", errors, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return respond(ProblemType.MALFORMED, "The body is not valid JSON" + where + ".", null, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(ProblemType.VALIDATION, "Unknown field.",
                List.of(Problem.FieldError.body(pointer(e), "unknown field")), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String detail = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + enumValues(e.getTargetType())
                : "is not a valid " + simpleType(e.getTargetType());
        return respond(ProblemType.VALIDATION, "1 field is not valid.",
                List.of(Problem.FieldError.body(pointer(e), detail)), uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String ptr = pointer(e);
        if (ptr.isEmpty()) {
            return respond(ProblemType.VALIDATION, "The body must be a JSON object.",
                    List.of(Problem.FieldError.body("", "must be a JSON object")), uri);
        }
        return respond(ProblemType.VALIDATION, "1 field is not valid.",
                List.of(Problem.FieldError.body(ptr, "must be of type " + simpleType(e.getTargetType()))), uri);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonMappingException e, UriInfo uri) {
        return respond(ProblemType.VALIDATION, "1 field is not valid.",
                List.of(Problem.FieldError.body(pointer(e), "is not valid")), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this.", null, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        // The JSON reader may wrap Jackson's exception in a 400: answer as if it had not.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, uri);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return unknownProperty(unknown, uri);
            }
            if (cause instanceof InvalidFormatException invalid) {
                return invalidValue(invalid, uri);
            }
            if (cause instanceof MismatchedInputException mismatched) {
                return wrongType(mismatched, uri);
            }
            if (cause instanceof JsonMappingException mapping) {
                return otherJson(mapping, uri);
            }
        }
        ProblemType type = switch (status) {
            case 400 -> ProblemType.VALIDATION;
            case 401 -> ProblemType.UNAUTHORIZED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == ProblemType.UNAUTHORIZED) {
            return unauthenticated(uri);
        }
        if (type == null) {
            return unexpected(e, uri);
        }
        String detail = switch (type) {
            case NOT_FOUND -> "No resource at " + uri.getPath() + ".";
            case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
            case NOT_ACCEPTABLE -> "This resource answers application/json (errors application/problem+json).";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
            default -> "The request is not valid.";
        };
        Response.ResponseBuilder r = builder(type, detail, null, uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            r.header(HttpHeaders.ALLOW, allow);
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isUniqueViolation(e)) {
            // a concurrent write won the race that a service's pre-check could not see
            return respond(ProblemType.CONFLICT, "This conflicts with a record written at the same time; read it and retry.", null, uri);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.toString());
            return unavailable("The database is unavailable; nothing was written. Retry later.", uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        Problem body = new Problem(ProblemType.INTERNAL.uri, ProblemType.INTERNAL.title, 500,
                "An unexpected error occurred; quote the errorId when reporting it.", uri.getPath(), errorId, null, null);
        return Response.status(500).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** 503: nothing was written, and the client may retry the same request after a few seconds. */
    private static Response unavailable(String detail, UriInfo uri) {
        return builder(ProblemType.UNAVAILABLE, detail, null, uri).header("Retry-After", "5").build();
    }

    private static Response unauthenticated(UriInfo uri) {
        return builder(ProblemType.UNAUTHORIZED, "Send a valid bearer token in the Authorization header.", null, uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return builder(type, detail, errors, uri).build();
    }

    static Response.ResponseBuilder builder(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem body = new Problem(type.uri, type.title, type.status, detail, uri == null ? null : uri.getPath(), null,
                errors == null || errors.isEmpty() ? null : errors, null);
        return Response.status(type.status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** Bean validation paths look like method.parameter.field[0].sub: keep what is after the parameter. */
    private static Problem.FieldError fieldError(ConstraintViolation<?> v) {
        StringBuilder pointer = new StringBuilder();
        String parameter = null;
        boolean inBody = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            inBody = true;
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            }
            if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        if (!inBody && parameter != null && !isBodyParameter(parameter)) {
            return Problem.FieldError.parameter(parameter, v.getMessage());
        }
        return Problem.FieldError.body(pointer.toString(), v.getMessage());
    }

    private static boolean isBodyParameter(String name) {
        return name.equals("body") || name.startsWith("arg");
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? escape(ref.getFieldName()) : String.valueOf(ref.getIndex()))
                .map(part -> "/" + part)
                .collect(Collectors.joining());
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> Enums.wire((Enum<?>) c)).toList().toString();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) return "string";
        if (type == UUID.class) return "UUID";
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) return "number";
        if (type == Boolean.class || type == boolean.class) return "boolean";
        if (List.class.isAssignableFrom(type) || type.isArray()) return "array";
        if (type.getName().startsWith("java.time")) return "RFC 3339 date-time";
        return "object";
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database cannot be reached or the connection broke: the driver's connection states
     * (class 08), the server shutting down or refusing connections (57P01-57P03, 53300), a pool
     * that could not hand out a connection in time (Agroal's acquisition timeout carries no
     * state), and any of these wrapped by Hibernate, a service or a failed commit
     * (RollbackException, which may carry the cause as a suppressed exception).
     */
    private static boolean isDatabaseUnavailable(Throwable e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && isUnavailableState(sql)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
        }
        return false;
    }

    private static boolean isUnavailableState(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300");
    }
}
