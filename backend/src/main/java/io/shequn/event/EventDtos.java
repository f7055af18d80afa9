package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.shequn.common.error.Problem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of events, as openapi.yaml names them. */
public final class EventDtos {
    private EventDtos() {
    }

    /**
     * A batch of events. The items stay JSON trees: each is checked on its own, so that one
     * bad item is a per-item rejection and not a 400 for the whole batch.
     */
    public record EventBatch(List<JsonNode> items) {
    }

    public enum ItemStatus {
        @com.fasterxml.jackson.annotation.JsonProperty("accepted") ACCEPTED,
        @com.fasterxml.jackson.annotation.JsonProperty("duplicate") DUPLICATE,
        @com.fasterxml.jackson.annotation.JsonProperty("conflict") CONFLICT,
        @com.fasterxml.jackson.annotation.JsonProperty("rejected") REJECTED
    }

    /** The outcome of one item: its event id (accepted, or the first one for duplicate and conflict). */
    public record ItemResult(int index, ItemStatus status, UUID eventId, boolean late, List<Problem.FieldError> errors) {
    }

    public record BatchResult(int accepted, int duplicates, int conflicts, int rejected, List<ItemResult> items) {
    }

    /** An event as stored; type-specific fields are null on other types. */
    public record EventView(UUID id, String type, UUID groupId, UUID memberId, String platform, String platformEventId,
                            Instant occurredAt, Instant receivedAt, boolean late, boolean staff, UUID activityId,
                            Long amount, String currency, UUID inviterMemberId, String questionEventId,
                            UUID scheduleItemId, String kind, String text, String name, JsonNode data) {
    }
}
