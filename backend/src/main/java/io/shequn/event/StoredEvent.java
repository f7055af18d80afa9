package io.shequn.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as it was just stored by the ingestion path (accepted, not a duplicate), with the
 * references already resolved to our own ids. This is what the metric rollups consume.
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
