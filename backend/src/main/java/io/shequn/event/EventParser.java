package io.shequn.event;

import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.IOException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.shequn.common.Enums;
import io.shequn.common.Platform;
import io.shequn.common.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks one event item field by field, as openapi.yaml's EventCreate describes it, and
 * collects every fault with its JSON pointer (an item is rejected with all its faults, not
 * only the first). Type-specific fields on another type are faults too: a partner sending
 * an amount with a message has a bug worth knowing about.
 */
final class EventParser {
    static final List<String> TYPES = List.of("joined", "left", "message", "check_in", "red_packet_claimed", "coupon_issued",
            "coupon_redeemed", "order_placed", "ugc_post", "share", "invite_sent", "invite_accepted", "game_played",
            "lecture_attended", "question_asked", "question_answered", "scheduled_post_done", "feedback", "rule_violation",
            "custom");
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Duration LATE_AFTER = Duration.ofHours(24);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int MAX_DATA_BYTES = 4096;
    static final int MAX_TEXT = 2000;

    private static final Set<String> COMMON = Set.of("type", "platformEventId", "occurredAt", "group", "member", "activityId");
    /** The type-specific fields, and the types that take them. */
    private static final Map<String, Set<String>> EXTRA = Map.of(
            "amount", Set.of("order_placed", "red_packet_claimed"),
            "currency", Set.of("order_placed", "red_packet_claimed"),
            "inviter", Set.of("invite_accepted"),
            "questionEventId", Set.of("question_answered"),
            "scheduleItemId", Set.of("scheduled_post_done"),
            "kind", Set.of("feedback", "rule_violation"),
            "text", Set.of("feedback"),
            "name", Set.of("custom"),
            "data", Set.of("custom"));
    private static final List<String> FEEDBACK_KINDS = List.of("suggestion", "complaint");
    private static final List<String> VIOLATION_KINDS = List.of("ad", "spam_link", "other");
    private static final List<String> PLATFORMS = Arrays.stream(Platform.values()).map(Enums::wire).toList();
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private EventParser() {
    }

    static EventItem parse(int index, String at, JsonNode node, Instant now, String defaultCurrency) {
        EventItem item = new EventItem(index, at);
        if (node == null || !node.isObject()) {
            item.reject("", "must be a JSON object");
            return item;
        }
        // unknown fields first: they are the likeliest mistake of a new integration
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COMMON.contains(name) && !EXTRA.containsKey(name)) {
                item.reject("/" + escape(name), "unknown field");
            }
        }
        JsonNode type = node.get("type");
        if (type == null || type.isNull()) {
            item.reject("/type", "is required");
        } else if (!type.isTextual() || !TYPES.contains(type.asText())) {
            item.reject("/type", "must be one of " + TYPES);
        } else {
            item.type = type.asText();
        }
        item.platformEventId = text(item, node, "platformEventId", 128, true);
        JsonNode occurred = node.get("occurredAt");
        if (occurred == null || occurred.isNull()) {
            item.reject("/occurredAt", "is required");
        } else {
            try {
                if (!occurred.isTextual()) {
                    throw new DateTimeParseException("not text", "", 0);
                }
                Instant t = Times.parseRfc3339(occurred.asText()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                if (t.isAfter(now.plus(FUTURE_TOLERANCE))) {
                    item.reject("/occurredAt", "is more than 5 minutes in the future (server time " + now + ")");
                } else if (t.isBefore(EARLIEST)) {
                    item.reject("/occurredAt", "is before 2000-01-01");
                } else {
                    item.occurredAt = t;
                    item.late = t.isBefore(now.minus(LATE_AFTER));
                }
            } catch (DateTimeParseException e) {
                item.reject("/occurredAt", "must be an RFC 3339 date-time with an offset, e.g. 2026-05-01T08:30:00Z");
            }
        }
        item.group = ref(item, node, "group", "platformGroupId", true);
        item.member = ref(item, node, "member", "platformUserId", true);
        item.activityId = uuid(item, node, "activityId");

        for (Map.Entry<String, Set<String>> e : EXTRA.entrySet()) {
            if (node.has(e.getKey()) && item.type != null && !e.getValue().contains(item.type)) {
                item.reject("/" + e.getKey(), "is not a field of a " + item.type + " event (only of " + String.join(", ",
                        e.getValue().stream().sorted().toList()) + ")");
            }
        }
        if (item.type != null) {
            typeSpecific(item, node, defaultCurrency);
        }
        if (item.valid()) {
            item.hash = hash(node, item.occurredAt);
        }
        return item;
    }

    private static void typeSpecific(EventItem item, JsonNode node, String defaultCurrency) {
        switch (item.type) {
            case "order_placed", "red_packet_claimed" -> {
                JsonNode amount = node.get("amount");
                if (amount == null || amount.isNull()) {
                    item.reject("/amount", "is required for " + item.type + " (minor units, e.g. 1990 for 19.90)");
                } else if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
                    item.reject("/amount", "must be a whole number of minor units");
                } else if (amount.asLong() <= 0) {
                    item.reject("/amount", "must be above 0 (minor units, e.g. 1990 for 19.90)");
                } else {
                    item.amount = amount.asLong();
                }
                JsonNode currency = node.get("currency");
                if (currency == null || currency.isNull()) {
                    item.currency = defaultCurrency;
                } else if (!currency.isTextual() || !CURRENCY.matcher(currency.asText()).matches()) {
                    item.reject("/currency", "must be an ISO 4217 code such as CNY");
                } else {
                    item.currency = currency.asText();
                }
            }
            case "invite_accepted" -> item.inviter = ref(item, node, "inviter", "platformUserId", true);
            case "question_answered" -> item.questionEventId = text(item, node, "questionEventId", 128, true);
            case "scheduled_post_done" -> {
                if (!node.has("scheduleItemId") || node.get("scheduleItemId").isNull()) {
                    item.reject("/scheduleItemId", "is required for scheduled_post_done");
                } else {
                    UUID id = uuid(item, node, "scheduleItemId");
                    if (id != null) {
                        item.detail = obj().put("scheduleItemId", id.toString());
                    }
                }
            }
            case "feedback" -> {
                String kind = oneOf(item, node, "kind", FEEDBACK_KINDS);
                String text = text(item, node, "text", MAX_TEXT, true);
                if (kind != null && text != null) {
                    item.detail = obj().put("kind", kind).put("text", text);
                }
            }
            case "rule_violation" -> {
                String kind = oneOf(item, node, "kind", VIOLATION_KINDS);
                if (kind != null) {
                    item.detail = obj().put("kind", kind);
                }
            }
            case "custom" -> {
                String name = text(item, node, "name", 64, true);
                JsonNode data = node.get("data");
                if (data != null && !data.isNull() && !data.isObject()) {
                    item.reject("/data", "must be a JSON object");
                } else if (data != null && data.toString().getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
                    item.reject("/data", "is " + data.toString().getBytes(StandardCharsets.UTF_8).length
                            + " bytes serialized; at most " + MAX_DATA_BYTES);
                } else if (name != null) {
                    ObjectNode d = obj().put("name", name);
                    if (data != null && !data.isNull()) {
                        d.set("data", data);
                    }
                    item.detail = d;
                }
            }
            default -> {
                // no extras
            }
        }
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static String oneOf(EventItem item, JsonNode node, String field, List<String> values) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            item.reject("/" + field, "is required for " + item.type + ": one of " + values);
            return null;
        }
        if (!v.isTextual() || !values.contains(v.asText())) {
            item.reject("/" + field, "must be one of " + values);
            return null;
        }
        return v.asText();
    }

    private static String text(EventItem item, JsonNode node, String field, int max, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                item.reject("/" + field, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            item.reject("/" + field, "must be a string");
            return null;
        }
        String s = v.asText();
        if (s.isBlank()) {
            item.reject("/" + field, "must not be blank");
            return null;
        }
        if (s.length() > max) {
            item.reject("/" + field, "must be at most " + max + " characters");
            return null;
        }
        return s;
    }

    private static UUID uuid(EventItem item, JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            if (v.isTextual() && v.asText().length() == 36) {
                return UUID.fromString(v.asText());
            }
        } catch (IllegalArgumentException ignored) {
            // below
        }
        item.reject("/" + field, "must be a UUID");
        return null;
    }

    /** {id} or {platform, <platformIdField>}. */
    private static EventItem.Ref ref(EventItem item, JsonNode node, String field, String platformIdField, boolean required) {
        JsonNode v = node.get(field);
        String at = "/" + field;
        if (v == null || v.isNull()) {
            if (required) {
                item.reject(at, "is required: {\"id\": ...} or {\"platform\": ..., \"" + platformIdField + "\": ...}");
            }
            return null;
        }
        if (!v.isObject()) {
            item.reject(at, "must be an object: {\"id\": ...} or {\"platform\": ..., \"" + platformIdField + "\": ...}");
            return null;
        }
        int before = item.errors.size();
        List<String> names = new ArrayList<>();
        v.fieldNames().forEachRemaining(names::add);
        for (String n : names) {
            if (!n.equals("id") && !n.equals("platform") && !n.equals(platformIdField)) {
                item.reject(at + "/" + escape(n), "unknown field");
            }
        }
        if (v.has("id")) {
            if (v.has("platform") || v.has(platformIdField)) {
                item.reject(at, "give id, or platform and " + platformIdField + ", not both");
                return null;
            }
            JsonNode id = v.get("id");
            UUID uuid = null;
            try {
                if (id.isTextual() && id.asText().length() == 36) {
                    uuid = UUID.fromString(id.asText());
                }
            } catch (IllegalArgumentException ignored) {
                // below
            }
            if (uuid == null) {
                item.reject(at + "/id", "must be a UUID");
            }
            return item.errors.size() == before ? new EventItem.Ref(uuid, null, null) : null;
        }
        JsonNode platform = v.get("platform");
        if (platform == null || platform.isNull()) {
            item.reject(at + "/platform", "is required with " + platformIdField + " (or give id)");
        } else if (!platform.isTextual() || !PLATFORMS.contains(platform.asText())) {
            item.reject(at + "/platform", "must be one of " + PLATFORMS);
        }
        JsonNode pid = v.get(platformIdField);
        String platformId = null;
        if (pid == null || pid.isNull()) {
            item.reject(at + "/" + platformIdField, "is required (or give id)");
        } else if (!pid.isTextual() || pid.asText().isBlank() || pid.asText().length() > 128) {
            item.reject(at + "/" + platformIdField, "must be a non-blank string of at most 128 characters");
        } else {
            platformId = pid.asText();
        }
        return item.errors.size() == before ? new EventItem.Ref(null, platform.asText(), platformId) : null;
    }

    /**
     * SHA-256 of the item's canonical JSON (object keys sorted, occurredAt as the UTC instant),
     * so that a retry serialized differently is still recognised as the same event.
     */
    static String hash(JsonNode node, Instant occurredAt) {
        // the writer-based generator and String.getBytes: Jackson's UTF-8 generator writes other
        // bytes for some characters (EventPayloadHashTest), and stored hashes must not change
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = CANONICAL.createGenerator(out)) {
            canonical(node, occurredAt.toString(), g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha256 = SHA256.get();
        return HexFormat.of().formatHex(sha256.digest(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Compact JSON, Jackson's own escaping: the same bytes as each node's toString(), one generator per item. */
    private static final JsonFactory CANONICAL = new JsonFactory();

    /** Object keys sorted at every level; the top-level occurredAt replaced by its normalised instant. */
    private static void canonical(JsonNode n, String occurredAt, JsonGenerator g) throws IOException {
        if (n.isObject()) {
            List<String> names = new ArrayList<>(n.size());
            n.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            g.writeStartObject();
            for (String name : names) {
                g.writeFieldName(name);
                if (occurredAt != null && name.equals("occurredAt")) {
                    g.writeString(occurredAt);
                } else {
                    canonical(n.get(name), null, g);
                }
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) {
                canonical(e, null, g);
            }
            g.writeEndArray();
        } else if (n.isNull()) {
            g.writeNull();
        } else {
            ((com.fasterxml.jackson.databind.node.ValueNode) n).serialize(g, null);
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    static Instant now() {
        return Times.now();
    }
}
