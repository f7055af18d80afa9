package io.shequn.insight;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Query parameters of the insights, parsed here so that a bad value answers 400 naming it. */
final class InsightParams {
    /** The longest range of local days a cohort or contributor query scans. */
    static final int MAX_RANGE_DAYS = 400;
    static final int DEFAULT_RANGE_DAYS = 30;

    private InsightParams() {
    }

    /** A range of local days, both ends inclusive. */
    record DayRange(LocalDate from, LocalDate to) {
        /** The instant local day d starts in the zone. */
        static java.time.Instant start(LocalDate d, ZoneId zone) {
            return d.atStartOfDay(zone).toInstant();
        }

        java.time.Instant startInstant(ZoneId zone) {
            return start(from, zone);
        }

        java.time.Instant endInstant(ZoneId zone) {
            return start(to.plusDays(1), zone);
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be a date such as 2026-11-16"));
        }
    }

    /** from/to: defaults to the 30 days up to today (local); at most 400 days; from not after to. */
    static DayRange range(String fromValue, String toValue, LocalDate today) {
        LocalDate from = date("from", fromValue);
        LocalDate to = date("to", toValue);
        if (to == null) {
            to = from == null ? today : min(today, from.plusDays(DEFAULT_RANGE_DAYS - 1));
        }
        if (from == null) {
            from = to.minusDays(DEFAULT_RANGE_DAYS - 1);
        }
        if (from.isAfter(to)) {
            throw ProblemException.invalid(Problem.FieldError.parameter("from", "must not be after to (" + to + ")"));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
            throw ProblemException.invalid(Problem.FieldError.parameter("to",
                    "the range from " + from + " must be at most " + MAX_RANGE_DAYS + " days long"));
        }
        return new DayRange(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
