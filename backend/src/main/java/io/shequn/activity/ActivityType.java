package io.shequn.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The forms of activity (seed 004); the sales pushes are commercial by default. */
public enum ActivityType {
    @JsonProperty("red_packet") RED_PACKET,
    @JsonProperty("check_in") CHECK_IN,
    @JsonProperty("game") GAME,
    @JsonProperty("lecture") LECTURE,
    @JsonProperty("flash_sale") FLASH_SALE(true),
    @JsonProperty("group_buy") GROUP_BUY(true),
    @JsonProperty("coupon_drop") COUPON_DROP(true),
    @JsonProperty("lottery") LOTTERY,
    @JsonProperty("ugc_contest") UGC_CONTEST,
    @JsonProperty("meetup") MEETUP,
    @JsonProperty("co_branded") CO_BRANDED(true),
    @JsonProperty("other") OTHER;

    public final boolean commercial;

    ActivityType() {
        this(false);
    }

    ActivityType(boolean commercial) {
        this.commercial = commercial;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityType of(String wire) {
        for (ActivityType t : values()) {
            if (t.wire().equals(wire)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown activity type " + wire);
    }
}
