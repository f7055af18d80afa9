package io.shequn.common.paging;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.util.UUID;

/**
 * limit and cursor of a list request, parsed here rather than by the framework so that a
 * bad value answers 400 naming the parameter (JAX-RS would answer 404).
 */
public record PageRequest(int limit, String after) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(String limit, String cursor) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid(Problem.FieldError.parameter("limit", "must be an integer"));
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ProblemException.invalid(Problem.FieldError.parameter("limit", "must be between 1 and " + MAX_LIMIT));
            }
        }
        if (cursor != null && cursor.length() > 512) {
            throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is too long"));
        }
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor));
    }

    /** The cursor as a UUID sort key; lists sorted by time-ordered id use it. */
    public UUID afterId() {
        if (after == null) {
            return null;
        }
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
        }
    }

    /** Rows to fetch: one more than shown, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}
