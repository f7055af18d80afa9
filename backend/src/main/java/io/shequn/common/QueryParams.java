package io.shequn.common;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.util.UUID;

/**
 * Query parameters parsed here rather than by the framework, so that a bad value answers
 * 400 naming the parameter (JAX-RS would answer 404 for a failed conversion).
 */
public final class QueryParams {
    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be a UUID"));
        }
    }

    public static boolean bool(String name, String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be true or false"));
        };
    }

    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be an integer"));
        }
    }

    public static java.time.Instant instant(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be an RFC 3339 date-time such as 2026-11-01T00:00:00+08:00"));
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be at most " + maxLength + " characters"));
        }
        return value;
    }

    /** A local date (YYYY-MM-DD): null when absent, 400 naming the parameter when not a date. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be a date such as 2026-11-16"));
        }
    }
}
