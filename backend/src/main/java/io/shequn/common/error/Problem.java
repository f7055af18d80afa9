package io.shequn.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String errorId,
        List<FieldError> errors,
        java.util.UUID nextGroupId,
        java.util.UUID existingId,
        String currentStatus,
        List<String> allowedTransitions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, String errorId,
                   List<FieldError> errors, java.util.UUID nextGroupId) {
        this(type, title, status, detail, instance, errorId, errors, nextGroupId, null, null, null);
    }

    public Problem(String type, String title, int status, String detail, String instance, String errorId,
                   List<FieldError> errors, java.util.UUID nextGroupId, java.util.UUID existingId) {
        this(type, title, status, detail, instance, errorId, errors, nextGroupId, existingId, null, null);
    }

    /** One field at fault: exactly one of pointer (body), parameter (query/path) or header. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String pointer, String parameter, String header, String detail) {
        public static FieldError body(String pointer, String detail) {
            return new FieldError(pointer, null, null, detail);
        }

        public static FieldError parameter(String name, String detail) {
            return new FieldError(null, name, null, detail);
        }

        public static FieldError header(String name, String detail) {
            return new FieldError(null, null, name, detail);
        }
    }
}
