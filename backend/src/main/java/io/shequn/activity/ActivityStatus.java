package io.shequn.activity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * draft -> scheduled -> running -> ended -> reviewed; draft, scheduled and running may be
 * cancelled. The one place that says which move is allowed.
 */
public enum ActivityStatus {
    @JsonProperty("draft") DRAFT,
    @JsonProperty("scheduled") SCHEDULED,
    @JsonProperty("running") RUNNING,
    @JsonProperty("ended") ENDED,
    @JsonProperty("reviewed") REVIEWED,
    @JsonProperty("cancelled") CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    public Set<ActivityStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(RUNNING, CANCELLED);
            case RUNNING -> EnumSet.of(ENDED, CANCELLED);
            case ENDED -> EnumSet.of(REVIEWED);
            case REVIEWED, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
        };
    }

    public boolean mayGoTo(ActivityStatus target) {
        return next().contains(target);
    }

    public List<String> nextWire() {
        return next().stream().map(ActivityStatus::wire).toList();
    }
}
