package io.shequn.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class ActivityDtos {
    private ActivityDtos() {
    }

    public record Goal(@Min(1) @Max(100_000_000) Integer participants, @Min(1) @Max(100_000_000) Integer orders,
                       @Min(1) Long gmvMinor, @Min(1) @Max(100_000_000) Integer newMembers) {
        static final Goal NONE = new Goal(null, null, null, null);
    }

    public record Push(@NotNull Instant at, @NotBlank @Size(max = 1000) String message) {
    }

    public static final String CHANNELS = "package_card|store_service|phone_invitation|referral|offline|partner_exchange|content|other";

    public record Promotion(
            @Pattern(regexp = CHANNELS, message = "must be a member source channel") String channel,
            @Size(max = 2000) String plan,
            @Size(max = 50) List<@NotNull @Valid Push> pushes) {
        static final Promotion NONE = new Promotion(null, null, List.of());

        public Promotion {
            pushes = pushes == null ? List.of() : List.copyOf(pushes);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProductSold(@NotBlank @Size(max = 100) String name, @Min(0) Integer quantity, @Min(0) Long gmvMinor) {
    }

    public record ReviewView(String wentWell, String wentWrong, String toChange, List<ProductSold> productsSold,
                             List<String> topicsThatWorked, Instant writtenAt, String writtenBy, Instant updatedAt) {
    }

    public record ActivityView(UUID id, String title, String type, String status, boolean commercial, Goal goal,
                               Long budgetMinor, long otherSpendMinor, String currency, List<UUID> targetGroupIds,
                               UUID segmentId, Instant startAt, Instant endAt, String rulesText, Promotion promotion,
                               ActivitySettings settings, List<String> allowedTransitions, Instant startedAt,
                               Instant endedAt, Instant cancelledAt, Instant reviewedAt, ReviewView review,
                               Instant createdAt, Instant updatedAt) {
    }

    public record ActivityCreate(
            @NotBlank @Size(max = 100) String title,
            @NotNull ActivityType type,
            Boolean commercial,
            @Valid Goal goal,
            @Min(0) Long budgetMinor,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
            @Min(0) Long otherSpendMinor,
            @Size(max = 200) List<@NotNull UUID> targetGroupIds,
            UUID segmentId,
            @NotNull Instant startAt,
            @NotNull Instant endAt,
            @Size(max = 4000) String rulesText,
            @Valid Promotion promotion,
            @NotNull @Valid ActivitySettings settings) {
    }

    /**
     * PATCH: only the fields sent change. Jackson calls a setter for every field present, null
     * included, so {@link #sent} tells "not sent" from an explicit null (which clears a nullable
     * field, and is refused on the others).
     */
    public static final class ActivityUpdate {
        private final java.util.LinkedHashSet<String> sent = new java.util.LinkedHashSet<>();
        @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") private String title;
        private Boolean commercial;
        @Valid private Goal goal;
        @Min(0) private Long budgetMinor;
        @Min(0) private Long otherSpendMinor;
        @Size(max = 200) private List<@NotNull UUID> targetGroupIds;
        private UUID segmentId;
        private Instant startAt;
        private Instant endAt;
        @Size(max = 4000) private String rulesText;
        @Valid private Promotion promotion;
        @Valid private ActivitySettings settings;

        public List<String> sent() {
            return List.copyOf(sent);
        }

        public void setTitle(String v) { title = v; sent.add("title"); }
        public void setCommercial(Boolean v) { commercial = v; sent.add("commercial"); }
        public void setGoal(Goal v) { goal = v; sent.add("goal"); }
        public void setBudgetMinor(Long v) { budgetMinor = v; sent.add("budgetMinor"); }
        public void setOtherSpendMinor(Long v) { otherSpendMinor = v; sent.add("otherSpendMinor"); }
        public void setTargetGroupIds(List<UUID> v) { targetGroupIds = v; sent.add("targetGroupIds"); }
        public void setSegmentId(UUID v) { segmentId = v; sent.add("segmentId"); }
        public void setStartAt(Instant v) { startAt = v; sent.add("startAt"); }
        public void setEndAt(Instant v) { endAt = v; sent.add("endAt"); }
        public void setRulesText(String v) { rulesText = v; sent.add("rulesText"); }
        public void setPromotion(Promotion v) { promotion = v; sent.add("promotion"); }
        public void setSettings(ActivitySettings v) { settings = v; sent.add("settings"); }

        public String title() { return title; }
        public Boolean commercial() { return commercial; }
        public Goal goal() { return goal; }
        public Long budgetMinor() { return budgetMinor; }
        public Long otherSpendMinor() { return otherSpendMinor; }
        public List<UUID> targetGroupIds() { return targetGroupIds; }
        public UUID segmentId() { return segmentId; }
        public Instant startAt() { return startAt; }
        public Instant endAt() { return endAt; }
        public String rulesText() { return rulesText; }
        public Promotion promotion() { return promotion; }
        public ActivitySettings settings() { return settings; }
    }

    public record ReviewWrite(
            @NotNull @Size(max = 4000) String wentWell,
            @NotNull @Size(max = 4000) String wentWrong,
            @NotNull @Size(max = 4000) String toChange,
            @Size(max = 50) List<@NotNull @Valid ProductSold> productsSold,
            @Size(max = 50) List<@NotBlank @Size(max = 100) String> topicsThatWorked) {
    }

    public record Figures(long audience, long participants, Double participationRate, long newMembers, long orders,
                          long buyers, long gmvMinor, long couponsIssued, long couponsRedeemed, Double couponRedemptionRate,
                          long redPacketSpendMinor, long otherSpendMinor, long spendMinor, Double costPerParticipantMinor,
                          Double acquisitionCostMinor, Double roi) {
    }

    public record GoalResult(String metric, long target, long actual, double achievedShare) {
    }

    public record Day(LocalDate date, long participants, long orders, long gmvMinor, long newMembers) {
    }

    public record Results(UUID activityId, String status, boolean frozen, Instant asOf, Instant from, Instant to,
                          String currency, Figures figures, List<GoalResult> goals, Long budgetMinor,
                          Double budgetUsedShare, boolean overBudget, List<Day> daily) {
    }

    public record Participant(UUID memberId, String displayName, long events, long orders, long gmvMinor,
                              Instant firstAt, Instant lastAt) {
    }

    public record Past(UUID activityId, String title, String status, Instant startAt, Instant endAt, boolean frozen,
                       Figures figures) {
    }

    public record Average(Double participants, Double participationRate, Double newMembers, Double orders,
                          Double gmvMinor, Double spendMinor, Double costPerParticipantMinor, Double acquisitionCostMinor,
                          Double roi) {
    }

    public record Comparison(UUID activityId, String type, Figures figures, List<Past> past, Average average) {
    }

    public record ReviewItem(UUID activityId, String title, String type, Instant startAt, Instant endAt,
                             ReviewView review, Figures figures) {
    }

    public record Brief(UUID id, String title, String type, String status, boolean commercial,
                        List<UUID> targetGroupIds, Instant startAt, Instant endAt) {
    }

    public record Period(LocalDate from, LocalDate to, List<UUID> activityIds) {
    }

    public record Clash(LocalDate date, UUID groupId, List<UUID> activityIds) {
    }

    public record Calendar(LocalDate from, LocalDate to, String granularity, String timeZone, List<Brief> activities,
                           List<Period> periods, List<Clash> clashes) {
    }
}
