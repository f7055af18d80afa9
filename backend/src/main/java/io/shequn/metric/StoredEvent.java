package io.shequn.metric;

import java.time.Instant;
import java.util.UUID;

/**
 * What the metric rollups consume: an event the ingestion path just stored (accepted, not a
 * duplicate), its references resolved to our own ids. It lives beside its consumer, so that
 * ingestion depends on the metrics and not the reverse.
 *
 * @param staff            the member was flagged staff when the event was stored
 * @param amountMinor      order or red packet amount in minor units, else null
 * @param currency         ISO 4217 code of the amount, else null
 * @param relatedMemberId  the inviter of an invite_accepted, else null
 * @param questionKey      for question_asked: its own platform event id; for question_answered:
 *                         the platform event id of the question it answers; else null
 */
public record StoredEvent(UUID eventId, String type, UUID groupId, UUID memberId, String platform,
                          Instant occurredAt, boolean staff, Long amountMinor, String currency,
                          UUID activityId, UUID relatedMemberId, String questionKey) {
}
