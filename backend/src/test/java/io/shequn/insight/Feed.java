package io.shequn.insight;

import static org.hamcrest.Matchers.equalTo;

import io.shequn.testing.Api;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds events at local times of a workspace's zone and pushes them through the real API
 * (POST .../events:batch), as a partner tool would.
 */
final class Feed {
    private final String token;
    private final UUID ws;
    private final ZoneId zone;
    private final List<Map<String, Object>> items = new ArrayList<>();
    private int seq;

    Feed(String token, UUID ws, ZoneId zone) {
        this.token = token;
        this.ws = ws;
        this.zone = zone;
    }

    LocalDate today() {
        return LocalDate.now(zone);
    }

    /** An event of type by platform user at local day and time, in group. */
    Feed add(String type, String group, String user, LocalDate day, String time) {
        return add(type, group, user, day, time, Map.of());
    }

    Feed add(String type, String group, String user, LocalDate day, String time, Map<String, Object> extra) {
        return addWithId(type, "ev-" + (++seq) + "-" + UUID.randomUUID(), group, user, day, time, extra);
    }

    Feed addWithId(String type, String platformEventId, String group, String user, LocalDate day, String time, Map<String, Object> extra) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("platformEventId", platformEventId);
        e.put("occurredAt", at(day, time));
        e.put("group", Map.of("id", group));
        e.put("member", Map.of("platform", "wechat", "platformUserId", user));
        e.putAll(extra);
        items.add(e);
        return this;
    }

    /** An invite accepted by invitee, naming inviter. */
    Feed invite(String group, String invitee, String inviter, LocalDate day, String time) {
        return add("invite_accepted", group, invitee, day, time, Map.of("inviter", Map.of("platform", "wechat", "platformUserId", inviter)));
    }

    String at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * Pushes what was added, in batches, in time order (as a bot would report them), and
     * checks how many were accepted.
     */
    void push(int expectAccepted) {
        items.sort((a, b) -> java.time.OffsetDateTime.parse((String) a.get("occurredAt"))
                .compareTo(java.time.OffsetDateTime.parse((String) b.get("occurredAt"))));
        int accepted = 0;
        for (int i = 0; i < items.size(); i += 500) {
            List<Map<String, Object>> batch = items.subList(i, Math.min(items.size(), i + 500));
            accepted += Api.as(token).urlEncodingEnabled(false).body(Map.of("items", batch)).post("/api/v1/workspaces/{ws}/events:batch", ws)
                    .then().statusCode(200).extract().<Integer>path("accepted");
        }
        items.clear();
        if (accepted != expectAccepted) {
            throw new AssertionError("accepted " + accepted + " events, expected " + expectAccepted);
        }
    }

    /** The member id the ingestion created (or found) for a platform user. */
    String member(String user) {
        return Api.as(token).queryParam("platform", "wechat").queryParam("platformUserId", user)
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(200).extract().path("id");
    }

    Map<String, String> members(String... users) {
        Map<String, String> ids = new HashMap<>();
        for (String u : users) {
            ids.put(u, member(u));
        }
        return ids;
    }

    /** A staff member known by a platform identity before any event names them. */
    String staff(String user) {
        return Api.as(token).body(Map.of("displayName", "店员 " + user, "staff", true,
                        "identities", List.of(Map.of("platform", "wechat", "platformUserId", user))))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201).body("staff", equalTo(true)).extract().path("id");
    }
}
