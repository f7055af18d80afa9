package io.shequn.member;

import com.fasterxml.jackson.annotation.JsonProperty;

public final class MemberEnums {
    private MemberEnums() {
    }

    /** How a member first came (seed 001: package cards, store service, phone invitations...). */
    public enum SourceChannel {
        @JsonProperty("package_card") PACKAGE_CARD,
        @JsonProperty("store_service") STORE_SERVICE,
        @JsonProperty("phone_invitation") PHONE_INVITATION,
        @JsonProperty("referral") REFERRAL,
        @JsonProperty("offline") OFFLINE,
        @JsonProperty("partner_exchange") PARTNER_EXCHANGE,
        @JsonProperty("content") CONTENT,
        @JsonProperty("other") OTHER
    }

    public enum MembershipRole {
        @JsonProperty("owner") OWNER,
        @JsonProperty("admin") ADMIN,
        /** KOC / 意见领袖 */
        @JsonProperty("opinion_leader") OPINION_LEADER,
        @JsonProperty("member") MEMBER
    }

    public enum LeftReason {
        @JsonProperty("left") LEFT,
        @JsonProperty("removed") REMOVED,
        @JsonProperty("group_dissolved") GROUP_DISSOLVED,
        /** Closed by a merge: the survivor was already in the group. */
        @JsonProperty("merged") MERGED
    }

    public enum MembershipState {
        @JsonProperty("current") CURRENT,
        @JsonProperty("left") LEFT,
        @JsonProperty("all") ALL
    }
}
