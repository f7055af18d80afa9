package io.shequn.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The payload hash is stored with every event key forever: a retry must hash exactly as its
 * first delivery did, whichever version of the server stored that one. These values were
 * produced by the first implementation; a change of the canonical form fails here.
 */
class EventPayloadHashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String hash(String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return EventParser.hash(node, java.time.OffsetDateTime.parse(node.get("occurredAt").asText()).toInstant());
    }

    @Test
    void hashesAreStableAcrossVersions() throws Exception {
        assertEquals("353947c157f0e9b1d8847fc547fb3fa71cedd4ba1cd084c436cbefd3c492c030", hash("""
                {"type":"message","platformEventId":"m-1","occurredAt":"2026-11-30T10:00:00+08:00",
                 "group":{"platform":"wechat","platformGroupId":"g-1"},"member":{"platform":"wechat","platformUserId":"wx-a"}}"""));
        assertEquals("880eeb5a34c29aefacbff4263ac7017ed39412f653a8fa098c15a86c3810db80", hash("""
                {"type":"feedback","platformEventId":"f-1","occurredAt":"2026-11-30T02:00:00.123456Z",
                 "group":{"id":"0190f0e0-0000-7000-8000-000000000001"},
                 "member":{"platform":"wechat","platformUserId":"用户\\"1\\"\\\\n"},"kind":"complaint","text":"太慢了\\u0001\\t😀 </>"}"""));
        assertEquals("14ff6d1cf0883d4c9633545bfab0827cba033f80a272444b081ff5ef4cae30c5", hash("""
                {"platformEventId":"c-1","type":"custom","occurredAt":"2026-11-30T02:00:00Z","name":"quiz",
                 "group":{"platform":"qq","platformGroupId":"g"},"member":{"id":"0190f0e0-0000-7000-8000-000000000002"},
                 "data":{"b":[1,2.5,true,null,{"z":1,"a":-3e5,"m":12345678901234}],"a":"x","e":{},"f":[]}}"""));
    }

    @Test
    void keyOrderAndTimeZoneDoNotMatterButValuesDo() throws Exception {
        String a = hash("""
                {"type":"order_placed","amount":1990,"platformEventId":"o-1","occurredAt":"2026-11-30T10:00:00+08:00",
                 "group":{"platform":"wechat","platformGroupId":"g-1"},"member":{"platform":"wechat","platformUserId":"wx-a"}}""");
        String reordered = hash("""
                {"member":{"platformUserId":"wx-a","platform":"wechat"},"occurredAt":"2026-11-30T02:00:00Z","amount":1990,
                 "group":{"platformGroupId":"g-1","platform":"wechat"},"platformEventId":"o-1","type":"order_placed"}""");
        String otherAmount = hash("""
                {"type":"order_placed","amount":1991,"platformEventId":"o-1","occurredAt":"2026-11-30T10:00:00+08:00",
                 "group":{"platform":"wechat","platformGroupId":"g-1"},"member":{"platform":"wechat","platformUserId":"wx-a"}}""");
        assertEquals(a, reordered);
        assertNotEquals(a, otherAmount);
    }

    @Test
    void aLoneSurrogateHashesAsTheFirstVersionDidWithAQuestionMarkInItsPlace() throws Exception {
        // the first version encoded the canonical JSON with String.getBytes(UTF_8), which writes '?' for it
        assertEquals(hash("""
                {"type":"feedback","platformEventId":"f-2","occurredAt":"2026-11-30T02:00:00Z","kind":"suggestion","text":"a?b",
                 "group":{"platform":"wechat","platformGroupId":"g-1"},"member":{"platform":"wechat","platformUserId":"wx-a"}}"""),
                hash("""
                {"type":"feedback","platformEventId":"f-2","occurredAt":"2026-11-30T02:00:00Z","kind":"suggestion","text":"a\\ud800b",
                 "group":{"platform":"wechat","platformGroupId":"g-1"},"member":{"platform":"wechat","platformUserId":"wx-a"}}"""));
    }
}
