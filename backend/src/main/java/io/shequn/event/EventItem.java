package io.shequn.event;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shequn.common.error.Problem;
import io.shequn.event.EventDtos.ItemStatus;
import io.shequn.group.GroupKeyCache;
import io.shequn.member.IdentityCache;
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

    private EventKeys.Key key;

    /** (platform, platform event id): made once, it is looked up many times. */
    EventKeys.Key key() {
        if (key == null) {
            key = new EventKeys.Key(platform, platformEventId);
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
    record Ref(UUID id, String platform, String platformId) {
        /** A member reference by identity as the identity cache keys it. */
        IdentityCache.Key identity() {
            return new IdentityCache.Key(platform, platformId);
        }

        /** A group reference as the group cache keys it. */
        GroupKeyCache.Key groupKey() {
            return id != null ? GroupKeyCache.Key.of(id) : GroupKeyCache.Key.of(platform, platformId);
        }
    }

    StoredEvent stored() {
        return new StoredEvent(eventId, type, groupId, memberId, platform, occurredAt, staff, amount, currency, activityId,
                inviterId, questionKey());
    }
}
