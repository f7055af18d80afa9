package io.shequn.metric;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the metrics API answers (docs/metrics.md gives the meaning of every figure). */
public final class MetricDtos {
    private MetricDtos() {
    }

    /** Which people and events a figure covers. */
    public record Scope(String type, UUID id) {
    }

    /**
     * Every headline figure for the days from..to (both included, local days of the workspace).
     * Ratios are fractions (0.375 = 37.5 %); null when the denominator is zero.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(
            LocalDate from, LocalDate to,
            long membersAtStart, long membersAtEnd, long newMembers, long leftMembers, long netGrowth,
            Double averageMembers,
            long activeMembers, Double activeShare, Double activeShareOfAverage, Double dailyActiveShare,
            long messages, Double messagesPerMemberPerWeek,
            long buyers, Double conversionRate, Double conversionRateOfAverage,
            long orders, long gmvMinor, Double averageOrderValueMinor, long excludedOtherCurrency,
            long couponsIssued, long couponsRedeemed, Double couponRedemptionRate,
            long redPacketSpendMinor, long activitySpendMinor, Double acquisitionCostMinor,
            long questions, long answeredQuestions, long unansweredQuestions,
            Double responseTimeMeanSeconds, Double responseTimeMedianSeconds, Double responseTimeP90Seconds,
            Double answeredWithin5MinutesShare,
            long invitesAccepted, long inviters, Double kFactor) {
    }

    public record Summary(Scope scope, String timeZone, String currency, Figures figures) {
    }

    public record Series(Scope scope, String timeZone, String currency, String interval, LocalDate from, LocalDate to,
                         List<Figures> periods) {
    }

    public record RankedGroup(int rank, UUID groupId, String name, Double value, long membersAtEnd) {
    }

    public record Ranking(String metric, String order, LocalDate from, LocalDate to, List<RankedGroup> items, String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HealthCheck(String check, Double value, BigDecimal threshold, String comparison, Boolean passed, double points,
                              boolean counted) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Health(UUID groupId, LocalDate from, LocalDate to, Integer score, double points, int checksCounted,
                         List<HealthCheck> checks) {
    }

    public record Thresholds(BigDecimal dailyActiveShare, BigDecimal messagesPerMemberPerWeek, BigDecimal conversionRate,
                             BigDecimal couponRedemptionRate, long acquisitionCostMinor, BigDecimal responseTimeSeconds,
                             int sizeBestMin, int sizeBestMax, int sizeMax, boolean defaults, Instant updatedAt) {
    }

    public record ThresholdsUpdate(BigDecimal dailyActiveShare, BigDecimal messagesPerMemberPerWeek, BigDecimal conversionRate,
                                   BigDecimal couponRedemptionRate, Long acquisitionCostMinor, BigDecimal responseTimeSeconds,
                                   Integer sizeBestMin, Integer sizeBestMax, Integer sizeMax) {
    }
}
