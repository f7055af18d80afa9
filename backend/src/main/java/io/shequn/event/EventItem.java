package io.shequn.event;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shequn.common.error.Problem;
import io.shequn.event.EventDtos.ItemStatus;
import io.shequn.metric.StoredEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One item of an ingestion request, from parsing to its outcome. */
final class EventItem {
    final int index;
    /** JSON pointer prefix of this item in the request body: "/items/3", or "" for a single event. */
    final String at;
    final List<Problem.FieldError> errors = new ArrayList<>();

    // parsed
    String type;
    String platformEventId;
    Instant occurredAt;
    Ref group;
    Ref member;
    Ref inviter;
    UUID activityId;
    Long amount;
    String currency;
    String questionEventId;
    /** feedback, rule_violation, custom, scheduled_post_done extras; null otherwise */
    ObjectNode detail;
    /** hex SHA-256 of the item's canonical JSON: tells a retry from a conflict */
    String hash;

    // resolved
    UUID groupId;
    String platform;
    UUID memberId;
    boolean staff;
    UUID inviterId;
    boolean late;

    // outcome
    ItemStatus status;
    UUID eventId;

    EventItem(int index, String at) {
        this.index = index;
        this.at = at;
    }

    void reject(String pointer, String detail) {
        errors.add(Problem.FieldError.body(at + pointer, detail));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    private String key;

    /** (platform, platform event id) as one string; computed once, it is looked up many times. */
    String key() {
        if (key == null) {
            key = platform + "\n" + platformEventId;
        }
        return key;
    }

    /** questionKey of StoredEvent: a question's own id, or the id of the question answered. */
    String questionKey() {
        return switch (type) {
            case "question_asked" -> platformEventId;
            case "question_answered" -> questionEventId;
            default -> null;
        };
    }

    /** A group or member reference: by our id, or by the platform's own id. */
    record Ref(UUID id, String platform, String platformId, String key) {
        Ref(UUID id, String platform, String platformId) {
            this(id, platform, platformId, platform + "\n" + platformId);
        }
    }

    StoredEvent stored() {
        return new StoredEvent(eventId, type, groupId, memberId, platform, occurredAt, staff, amount, currency, activityId,
                inviterId, questionKey());
    }
}
