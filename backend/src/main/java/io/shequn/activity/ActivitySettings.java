package io.shequn.activity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/**
 * The settings of one activity type: a union on {@code type} (openapi.yaml ActivitySettings).
 * Each variant checks its own fields; rules across fields (reward levels within the challenge,
 * a lottery drawn within the activity) are checked by {@link #check}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type", visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = ActivitySettings.RedPacket.class, name = "red_packet"),
        @JsonSubTypes.Type(value = ActivitySettings.CheckIn.class, name = "check_in"),
        @JsonSubTypes.Type(value = ActivitySettings.Game.class, name = "game"),
        @JsonSubTypes.Type(value = ActivitySettings.Lecture.class, name = "lecture"),
        @JsonSubTypes.Type(value = ActivitySettings.FlashSale.class, name = "flash_sale"),
        @JsonSubTypes.Type(value = ActivitySettings.GroupBuy.class, name = "group_buy"),
        @JsonSubTypes.Type(value = ActivitySettings.CouponDrop.class, name = "coupon_drop"),
        @JsonSubTypes.Type(value = ActivitySettings.Lottery.class, name = "lottery"),
        @JsonSubTypes.Type(value = ActivitySettings.UgcContest.class, name = "ugc_contest"),
        @JsonSubTypes.Type(value = ActivitySettings.Meetup.class, name = "meetup"),
        @JsonSubTypes.Type(value = ActivitySettings.CoBranded.class, name = "co_branded"),
        @JsonSubTypes.Type(value = ActivitySettings.Other.class, name = "other")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface ActivitySettings {
    String type();

    /** Rules across fields; the pointer is relative to the settings object. Null when fine. */
    default Problem check(Instant startAt, Instant endAt) {
        return null;
    }

    record Problem(String pointer, String detail) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Prize(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                 @Min(0) Long valueMinor) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Product(@NotBlank @Size(max = 100) String name, @NotNull @Min(0) Long priceMinor, @Min(0) Long originalPriceMinor,
                   @Min(1) Integer stock) {
    }

    record RedPacket(String type, @NotNull @Pattern(regexp = "all|targeted", message = "must be all or targeted") String mode,
                     @NotNull @Min(1) Long totalAmountMinor, @NotNull @Min(1) @Max(100_000) Integer packets,
                     @Pattern(regexp = "random|equal", message = "must be random or equal") String split) implements ActivitySettings {
        public RedPacket {
            split = split == null ? "random" : split;
        }

        @Override
        public Problem check(Instant startAt, Instant endAt) {
            return totalAmountMinor != null && packets != null && totalAmountMinor < packets
                    ? new Problem("/totalAmountMinor", "must be at least one minor unit per packet (" + packets + ")") : null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RewardLevel(@NotNull @Min(1) @Max(365) Integer days, @NotBlank @Size(max = 200) String reward) {
    }

    record CheckIn(String type, @NotNull @Min(1) @Max(365) Integer days,
                   @NotNull @NotEmpty @Size(max = 20) List<@NotNull @Valid RewardLevel> rewardLevels) implements ActivitySettings {
        @Override
        public Problem check(Instant startAt, Instant endAt) {
            int previous = 0;
            for (int i = 0; i < rewardLevels.size(); i++) {
                int d = rewardLevels.get(i).days();
                if (d > days) {
                    return new Problem("/rewardLevels/" + i + "/days", "must be at most the challenge's days (" + days + ")");
                }
                if (d <= previous) {
                    return new Problem("/rewardLevels/" + i + "/days", "must be more than the level before (" + previous + ")");
                }
                previous = d;
            }
            return null;
        }
    }

    record Game(String type,
                @NotNull @Pattern(regexp = "guess_price|first_n_free|quiz|jielong|other",
                        message = "must be one of guess_price, first_n_free, quiz, jielong, other") String game,
                @Min(1) @Max(100_000) Integer winners, @Size(max = 20) List<@NotNull @Valid Prize> prizes) implements ActivitySettings {
    }

    record Lecture(String type, @NotBlank @Size(max = 200) String topic, @NotBlank @Size(max = 100) String speaker,
                   @Min(5) @Max(600) Integer durationMinutes) implements ActivitySettings {
    }

    record FlashSale(String type, @NotNull @NotEmpty @Size(max = 50) List<@NotNull @Valid Product> products,
                     @Min(1) @Max(1000) Integer limitPerMember) implements ActivitySettings {
    }

    record GroupBuy(String type, @NotBlank @Size(max = 100) String product, @NotNull @Min(0) Long priceMinor,
                    @NotNull @Min(2) @Max(100) Integer groupSize, @Min(1) @Max(720) Integer timeLimitHours) implements ActivitySettings {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Coupon(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) Long discountMinor, @Min(0) Long minSpendMinor,
                  @NotNull @Min(1) @Max(10_000_000) Integer quantity) {
    }

    record CouponDrop(String type, @NotNull @NotEmpty @Size(max = 20) List<@NotNull @Valid Coupon> coupons) implements ActivitySettings {
    }

    record Lottery(String type, @NotNull @NotEmpty @Size(max = 20) List<@NotNull @Valid Prize> prizes,
                   @NotNull Instant drawAt) implements ActivitySettings {
        @Override
        public Problem check(Instant startAt, Instant endAt) {
            return drawAt.isBefore(startAt) || drawAt.isAfter(endAt)
                    ? new Problem("/drawAt", "must be within the activity (startAt to endAt)") : null;
        }
    }

    record UgcContest(String type, @NotBlank @Size(max = 200) String theme,
                      @Size(max = 20) List<@NotNull @Valid Prize> prizes) implements ActivitySettings {
    }

    record Meetup(String type, @NotBlank @Size(max = 200) String venue, @NotNull @Min(1) @Max(100_000) Integer capacity)
            implements ActivitySettings {
    }

    record CoBranded(String type, @NotBlank @Size(max = 100) String partner, @Min(0) Long partnerContributionMinor)
            implements ActivitySettings {
    }

    record Other(String type, @Size(max = 2000) String description) implements ActivitySettings {
    }
}
