package io.shequn.metric;

import static org.hamcrest.Matchers.equalTo;

import io.shequn.testing.Api;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds events as a partner tool sends them and posts them through POST events:batch. */
final class EventsFeed {
    private final String token;
    private final UUID ws;
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private int next;
    private final String prefix;

    EventsFeed(String token, UUID ws, String prefix) {
        this.token = token;
        this.ws = ws;
        this.prefix = prefix;
    }

    /** An event of a member (by WeChat identity) in a group (by id); extras are the type's fields. */
    Map<String, Object> add(String type, String group, String user, Instant at, Object... extras) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("type", type);
        e.put("platformEventId", prefix + "-" + (next++));
        e.put("occurredAt", at.toString());
        e.put("group", Map.of("id", group));
        e.put("member", Map.of("platform", "wechat", "platformUserId", user));
        for (int i = 0; i < extras.length; i += 2) {
            Object v = extras[i + 1];
            if ("inviter".equals(extras[i])) {
                v = Map.of("platform", "wechat", "platformUserId", v);
            }
            e.put((String) extras[i], v);
        }
        pending.add(e);
        return e;
    }

    String lastId() {
        return (String) pending.get(pending.size() - 1).get("platformEventId");
    }

    /** Posts what was added (in batches of at most 1,000), expecting every item accepted. */
    List<Map<String, Object>> flush() {
        List<Map<String, Object>> sent = new ArrayList<>(pending);
        for (int i = 0; i < pending.size(); i += 1000) {
            List<Map<String, Object>> items = pending.subList(i, Math.min(pending.size(), i + 1000));
            Api.as(token).urlEncodingEnabled(false).body(Map.of("items", items)).post("/api/v1/workspaces/{ws}/events:batch", ws)
                    .then().statusCode(200).body("accepted", equalTo(items.size()));
        }
        pending.clear();
        return sent;
    }

    /** Posts events again (a retry): every item must be a duplicate. */
    void resend(List<Map<String, Object>> items) {
        for (int i = 0; i < items.size(); i += 1000) {
            List<Map<String, Object>> part = items.subList(i, Math.min(items.size(), i + 1000));
            Api.as(token).urlEncodingEnabled(false).body(Map.of("items", part)).post("/api/v1/workspaces/{ws}/events:batch", ws)
                    .then().statusCode(200).body("duplicates", equalTo(part.size())).body("accepted", equalTo(0));
        }
    }
}
