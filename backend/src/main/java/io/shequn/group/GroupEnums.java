package io.shequn.group;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The closed vocabularies of a group, as openapi.yaml lists them. */
public final class GroupEnums {
    private GroupEnums() {
    }

    public enum Purpose {
        /** 福利群 */
        @JsonProperty("deals") DEALS,
        /** VIP / big-customer group */
        @JsonProperty("vip") VIP,
        @JsonProperty("learning") LEARNING,
        @JsonProperty("interest") INTEREST,
        @JsonProperty("industry") INDUSTRY,
        @JsonProperty("resource") RESOURCE,
        @JsonProperty("other") OTHER
    }

    public enum EntryThreshold {
        @JsonProperty("none") NONE,
        @JsonProperty("purchase") PURCHASE,
        @JsonProperty("follow") FOLLOW,
        @JsonProperty("invitation") INVITATION,
        @JsonProperty("paid") PAID,
        @JsonProperty("review") REVIEW
    }

    public enum Status {
        @JsonProperty("planned") PLANNED,
        @JsonProperty("active") ACTIVE,
        @JsonProperty("dormant") DORMANT,
        @JsonProperty("archived") ARCHIVED
    }
}
