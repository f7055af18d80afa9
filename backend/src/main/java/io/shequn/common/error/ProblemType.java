package io.shequn.common.error;

/** The kinds of problems the API answers; each type URI is documented in docs/api-guide.md. */
public enum ProblemType {
    VALIDATION(400, "validation", "Request is not valid"),
    MALFORMED(400, "malformed-request", "Request body is not valid JSON"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed for your role"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    ACTIVITY_STATE(409, "activity-state", "Not allowed in this status"),
    GROUP_FULL(409, "group-full", "The group is at its hard limit"),
    IDEMPOTENCY_IN_FLIGHT(409, "idempotency-key-in-flight", "A request with this Idempotency-Key is still being processed"),
    PRECONDITION_FAILED(412, "precondition-failed", "The record has changed"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key already used with another request"),
    RANGE_TOO_LONG(422, "range-too-long", "The date range is too long"),
    BATCH_SIZE(422, "batch-size", "A batch holds 1 to 1,000 items"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match is required"),
    INTERNAL(500, "internal", "Unexpected error"),
    UNAVAILABLE(503, "unavailable", "Service temporarily unavailable");

    private static final String BASE = "https://shequn.io/problems/";

    public final int status;
    public final String uri;
    public final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = BASE + slug;
        this.title = title;
    }
}
