package io.shequn.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Contract;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One classification of event types for the rollups (table event_type): every type of the
 * contract has its row, and the Java rollup writer and the SQL rebuild, both reading it, write
 * the same rollups from one event of every type, by members and by staff, on two days and
 * around local midnight, with amounts in the workspace's currency and in another.
 */
@QuarkusTest
class EventTypeClassificationTest {
    @Inject
    AgroalDataSource ds;
    @Inject
    Rollups writer;

    static List<String> contractTypes() {
        return Contract.API.getComponents().getSchemas().get("EventType").getEnum().stream().map(Object::toString).toList();
    }

    @Test
    void everyEventTypeOfTheContractIsClassified() throws Exception {
        assertEquals(new TreeSet<>(contractTypes()), new TreeSet<>(strings("select type from event_type", null)));
    }

    @Test
    void rollupWriterAndRebuildAgree() throws Exception {
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = UUID.fromString(Api.as(owner.token()).body(Map.of("name", "Classification", "timeZone", "Asia/Shanghai"))
                .post("/api/v1/workspaces").then().statusCode(201).extract().path("workspace.id"));
        String group = Api.as(owner.token()).body(Map.of("name", "群", "platform", "wechat"))
                .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
        Api.as(owner.token()).body(Map.of("displayName", "客服", "staff", true,
                        "identities", List.of(Map.of("platform", "wechat", "platformUserId", "staff"))))
                .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201);

        EventsFeed feed = new EventsFeed(owner.token(), ws, "k");
        Instant start = Instant.parse("2026-11-10T15:00:00Z"); // 23:00 in Shanghai: the events cross local midnight
        for (String user : List.of("m1", "m2", "m3", "staff")) {
            feed.add("joined", group, user, start);
        }
        // m1 and staff do everything; m2 too, a day later; m3 only joins and leaves
        List<Object[]> doers = List.of(new Object[] {"m1", start}, new Object[] {"staff", start},
                new Object[] {"m2", start.plus(Duration.ofDays(1))});
        int n = 0;
        for (Object[] doer : doers) {
            String user = (String) doer[0];
            for (String type : contractTypes()) {
                if (type.equals("joined") || type.equals("left")) continue;
                Instant at = ((Instant) doer[1]).plus(Duration.ofMinutes(10L * n++));
                switch (type) {
                    case "order_placed" -> feed.add(type, group, user, at, "amount", 1990, "currency", n % 2 == 0 ? "CNY" : "HKD");
                    case "red_packet_claimed" -> feed.add(type, group, user, at, "amount", 500);
                    case "invite_accepted" -> feed.add(type, group, user, at, "inviter", "m3");
                    case "question_answered" -> feed.add(type, group, user, at, "questionEventId", "k-question-" + user);
                    case "question_asked" -> feed.add(type, group, user, at).put("platformEventId", "k-question-" + user);
                    case "scheduled_post_done" -> feed.add(type, group, user, at, "scheduleItemId", UUID.randomUUID());
                    case "feedback" -> feed.add(type, group, user, at, "kind", "suggestion", "text", "多发优惠券");
                    case "rule_violation" -> feed.add(type, group, user, at, "kind", "spam_link");
                    case "custom" -> feed.add(type, group, user, at, "name", "lucky_draw");
                    default -> feed.add(type, group, user, at);
                }
            }
        }
        feed.add("left", group, "m3", start.plus(Duration.ofDays(2)));
        feed.flush();

        writer.catchUp(ws);
        Map<String, List<String>> kept = RollupTables.read(ds, ws);
        // what the classification says, as the writer applied it: active, buyer and inviter days for
        // those who did everything, none for a member who only joined and left, none for staff
        assertEquals(List.of("a", "b", "i"), kinds(ws, "m1"));
        assertEquals(List.of("a", "b", "i"), kinds(ws, "m2"));
        assertEquals(List.of(), kinds(ws, "m3"));
        assertEquals(List.of(), kinds(ws, "staff"));

        RollupTables.rebuild(ds, ws);
        RollupTables.assertSame(kept, RollupTables.read(ds, ws));
    }

    /** The distinct member_day kinds of a member, by their WeChat id. */
    private List<String> kinds(UUID ws, String user) throws Exception {
        return strings("""
                select distinct d.kind from member_day d
                  join member_identity i on i.workspace_id = d.workspace_id and i.member_id = d.member_id
                 where d.workspace_id = ? and i.platform = 'wechat' and i.platform_user_id = ? order by 1""", new Object[] {ws, user});
    }

    private List<String> strings(String sql, Object[] params) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; params != null && i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
