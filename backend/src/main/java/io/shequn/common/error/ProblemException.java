package io.shequn.common.error;

import java.util.List;

/** Thrown by services and resources to answer a problem+json response. */
public class ProblemException extends RuntimeException {
    public final ProblemType type;
    public final List<Problem.FieldError> errors;
    /** For a join refused at a group's hard limit: the next group of its series with room. */
    public java.util.UUID nextGroupId;
    /** For a create whose natural key is taken: the record that has it. */
    public java.util.UUID existingId;
    /** For a change an activity's status does not allow: its status and where it may go from there. */
    public String currentStatus;
    public List<String> allowedTransitions;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException groupFull(String detail, java.util.UUID nextGroupId) {
        ProblemException e = new ProblemException(ProblemType.GROUP_FULL, detail);
        e.nextGroupId = nextGroupId;
        return e;
    }

    /** 409: a create whose natural key (e.g. platform + platformGroupId) another record has. */
    public static ProblemException duplicate(String detail, java.util.UUID existingId) {
        ProblemException e = new ProblemException(ProblemType.CONFLICT, detail);
        e.existingId = existingId;
        return e;
    }

    /** 409 activity-state: the status does not allow it; names the status and the allowed transitions. */
    public static ProblemException state(String detail, String currentStatus, List<String> allowedTransitions) {
        ProblemException e = new ProblemException(ProblemType.ACTIVITY_STATE, detail);
        e.currentStatus = currentStatus;
        e.allowedTransitions = List.copyOf(allowedTransitions);
        return e;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found.");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(Problem.FieldError error) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is not valid.", List.of(error));
    }
}
