package io.shequn.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shequn.event.EventDtos.EventView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/** Reading events back: the column list and the row-to-view mapping shared by every read. */
final class EventRows {
    static final String COLUMNS = "event_id, type, group_id, member_id, platform, platform_event_id, occurred_at, received_at,"
            + " late, staff, activity_id, amount_minor, currency, related_member_id, question_key, detail::text";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventRows() {
    }

    static EventView view(ResultSet r) throws SQLException {
        Long amount = r.getObject(12) == null ? null : r.getLong(12);
        String detail = r.getString(16);
        JsonNode d;
        try {
            d = detail == null ? null : JSON.readTree(detail);
        } catch (java.io.IOException e) {
            throw new SQLException("detail is not JSON", e);
        }
        return view(r.getObject(1, UUID.class), r.getString(2), r.getObject(3, UUID.class), r.getObject(4, UUID.class),
                r.getString(5), r.getString(6), r.getTimestamp(7).toInstant(), r.getTimestamp(8).toInstant(), r.getBoolean(9),
                r.getBoolean(10), r.getObject(11, UUID.class), amount, r.getString(13) == null ? null : r.getString(13).trim(),
                r.getObject(14, UUID.class), r.getString(15), d);
    }

    static EventView view(EventItem i, Instant receivedAt) {
        return view(i.eventId, i.type, i.groupId, i.memberId, i.platform, i.platformEventId, i.occurredAt, receivedAt, i.late,
                i.staff, i.activityId, i.amount, i.currency, i.inviterId, i.questionKey(), i.detail);
    }

    static EventView view(UUID id, String type, UUID groupId, UUID memberId, String platform, String platformEventId,
                          Instant occurredAt, Instant receivedAt, boolean late, boolean staff, UUID activityId, Long amount,
                          String currency, UUID related, String questionKey, JsonNode detail) {
        UUID scheduleItemId = text(detail, "scheduleItemId") == null ? null : UUID.fromString(text(detail, "scheduleItemId"));
        return new EventView(id, type, groupId, memberId, platform, platformEventId, occurredAt, receivedAt, late, staff,
                activityId, amount, currency, related, "question_answered".equals(type) ? questionKey : null, scheduleItemId,
                text(detail, "kind"), text(detail, "text"), text(detail, "name"),
                detail == null || !detail.has("data") ? null : detail.get("data"));
    }

    private static String text(JsonNode detail, String field) {
        return detail == null || !detail.hasNonNull(field) ? null : detail.get(field).asText();
    }
}
