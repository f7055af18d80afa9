package io.shequn.insight;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the insights answer (see openapi.yaml: RetentionReport, LifecycleCurve, SilentMember, TopContributors, Alert). */
public final class InsightDtos {
    private InsightDtos() {
    }

    public record RetentionReport(UUID groupId, LocalDate from, LocalDate to, String timeZone, List<RetentionCohort> cohorts) {
    }

    public record RetentionCohort(LocalDate day, int size, RetentionPoint day1, RetentionPoint day7, RetentionPoint day30) {
    }

    /** retained and share are null until day d + N is over; share is null for an empty cohort. */
    public record RetentionPoint(Integer retained, Double share) {
        static final RetentionPoint PENDING = new RetentionPoint(null, null);
    }

    public record LifecycleCurve(int days, String timeZone, int groupCount, List<LifecyclePoint> points) {
    }

    public record LifecyclePoint(int day, Double value, int groups) {
    }

    public record SilentMember(UUID memberId, String displayName, Instant joinedAt, Instant lastActiveAt, int silentForDays) {
    }

    public enum ContributorKind {
        @JsonProperty("talkers") TALKERS,
        @JsonProperty("check_in_streak") CHECK_IN_STREAK,
        @JsonProperty("ugc_posters") UGC_POSTERS,
        @JsonProperty("inviters") INVITERS
    }

    public record TopContributors(ContributorKind kind, UUID groupId, LocalDate from, LocalDate to, String timeZone,
                                  List<TopContributor> items) {
    }

    public record TopContributor(int rank, UUID memberId, String displayName, long value, LocalDate streakStart, LocalDate streakEnd) {
    }

    public enum AlertState {
        @JsonProperty("open") OPEN,
        @JsonProperty("resolved") RESOLVED
    }

    public record Alert(UUID id, UUID groupId, String kind, AlertState state, Instant raisedAt, String metric,
                        BigDecimal value, BigDecimal threshold, Map<String, Object> detail, Instant resolvedAt,
                        String resolvedBy, String resolutionNote) {
    }

    /** The optional body of a resolve: what was done about the alert. */
    public record AlertResolve(String note) {
    }
}
