package io.shequn.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the summary and the series, for a group, an empty group, the workspace and a
 * segment, computed a second way: plain Java over the raw rows read back with JDBC (events,
 * memberships, members), following docs/metrics.md literally, on generated data with the edge
 * cases (two time zones, leaving and rejoining, joins at midnight, merged members, duplicate
 * events, staff, another currency, unanswered and out-of-order answers). The second way shares
 * no code with the engine.
 */
@QuarkusTest
class MetricsCorrectnessTest {
    static final LocalDate FROM = LocalDate.of(2026, 11, 2);
    static final LocalDate TO = LocalDate.of(2026, 11, 22);

    @Inject
    AgroalDataSource ds;
    @Inject
    Rollups writer;
    @Inject
    MetricMaintenance maintenance;

    @Test
    void shanghai() throws Exception {
        scenario("Asia/Shanghai", 11);
    }

    @Test
    void losAngeles() throws Exception {
        scenario("America/Los_Angeles", 29);
    }

    @SuppressWarnings("unchecked")
    void scenario(String zoneName, long seed) throws Exception {
        ZoneId zone = ZoneId.of(zoneName);
        Random rnd = new Random(seed);
        Tokens.User owner = Tokens.newUser("Owner");
        UUID ws = UUID.fromString(Api.as(owner.token()).body(Map.of("name", "Correctness " + zoneName, "timeZone", zoneName))
                .post("/api/v1/workspaces").then().statusCode(201).extract().path("workspace.id"));
        List<String> groups = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            groups.add(Api.as(owner.token()).body(Map.of("name", "群 " + i, "platform", "wechat"))
                    .post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id"));
        }
        String empty = groups.get(3);
        List<String> live = groups.subList(0, 3);
        for (String staff : List.of("staff-a", "staff-b")) {
            Api.as(owner.token()).body(Map.of("displayName", staff, "staff", true,
                            "identities", List.of(Map.of("platform", "wechat", "platformUserId", staff))))
                    .post("/api/v1/workspaces/{ws}/members", ws).then().statusCode(201);
        }
        int people = 40;
        Instant windowStart = FROM.atStartOfDay(zone).toInstant();
        Instant windowEnd = TO.plusDays(1).atStartOfDay(zone).toInstant();
        long windowSeconds = windowEnd.getEpochSecond() - windowStart.getEpochSecond();
        EventsFeed feed = new EventsFeed(owner.token(), ws, "c" + seed);

        // memberships: joins from a week before the window; some leave and rejoin, some at exactly midnight
        List<Object[]> membership = new ArrayList<>();
        for (int u = 1; u <= people; u++) {
            int n = 1 + rnd.nextInt(2);
            for (int k = 0; k < n; k++) {
                String g = live.get(rnd.nextInt(live.size()));
                Instant t = windowStart.minusSeconds(7 * 86400).plusSeconds(rnd.nextInt((int) (windowSeconds / 2)));
                if (u % 9 == 0) t = FROM.plusDays(u % 5).atStartOfDay(zone).toInstant(); // midnight
                membership.add(new Object[] {t, "joined", g, "u" + u});
                if (rnd.nextInt(3) == 0) {
                    Instant leave = t.plusSeconds(3600 + rnd.nextInt(5 * 86400));
                    if (u % 7 == 0) leave = FROM.plusDays(3 + u % 4).atStartOfDay(zone).toInstant(); // midnight
                    if (leave.isAfter(t)) {
                        membership.add(new Object[] {leave, "left", g, "u" + u});
                        if (rnd.nextBoolean()) {
                            membership.add(new Object[] {leave.plusSeconds(3600 + rnd.nextInt(4 * 86400)), "joined", g, "u" + u});
                        }
                    }
                }
            }
        }
        membership.add(new Object[] {windowStart.minusSeconds(86400), "joined", live.get(0), "staff-a"});
        membership.sort((x, y) -> ((Instant) x[0]).compareTo((Instant) y[0]));
        for (Object[] m : membership) feed.add((String) m[1], (String) m[2], (String) m[3], (Instant) m[0]);
        feed.flush();

        // activity in and around the window
        String[] types = {"message", "message", "message", "check_in", "order_placed", "red_packet_claimed", "coupon_issued",
                "coupon_redeemed", "invite_sent", "invite_accepted", "ugc_post", "share"};
        List<String> askedIds = new ArrayList<>();
        for (int k = 0; k < 700; k++) {
            String type = types[rnd.nextInt(types.length)];
            String g = live.get(rnd.nextInt(live.size()));
            String user = "u" + (1 + rnd.nextInt(people));
            Instant t = windowStart.minusSeconds(2 * 86400).plusSeconds(rnd.nextInt((int) windowSeconds + 4 * 86400));
            switch (type) {
                case "order_placed", "red_packet_claimed" -> feed.add(type, g, user, t, "amount", 100 + rnd.nextInt(50000),
                        "currency", rnd.nextInt(6) == 0 ? "HKD" : "CNY");
                case "invite_accepted" -> feed.add(type, g, user, t, "inviter", "u" + (1 + rnd.nextInt(people)));
                default -> feed.add(type, g, user, t);
            }
            if (k % 40 == 0) feed.add("message", g, "staff-b", t); // staff talk: not counted
            if (k % 25 == 0) {
                feed.add("question_asked", g, user, t);
                askedIds.add(feed.lastId() + "|" + g + "|" + t.getEpochSecond());
            }
        }
        // some answers arrive before their question: send them first
        List<Map<String, Object>> questionsLater = new ArrayList<>();
        EventsFeed answers = new EventsFeed(owner.token(), ws, "a" + seed);
        for (int q = 0; q < askedIds.size(); q++) {
            String[] parts = askedIds.get(q).split("\\|");
            if (q % 4 == 3) continue; // unanswered
            Instant asked = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            answers.add("question_answered", parts[1], q % 2 == 0 ? "staff-a" : "staff-b", asked.plusSeconds(5 + rnd.nextInt(900)),
                    "questionEventId", parts[0]);
            if (q % 5 == 0) { // a second, later answer does not count
                answers.add("question_answered", parts[1], "staff-a", asked.plusSeconds(2000), "questionEventId", parts[0]);
            }
        }
        answers.flush();
        List<Map<String, Object>> sent = feed.flush();
        questionsLater.addAll(sent.subList(0, 200));
        feed.resend(questionsLater); // a retried batch: all duplicates, nothing counted twice

        // merges: u2 into u1, u4 into u3 (through the API), past periods included
        UUID u1 = memberId(owner, ws, "u1");
        UUID u2 = memberId(owner, ws, "u2");
        UUID u3 = memberId(owner, ws, "u3");
        UUID u4 = memberId(owner, ws, "u4");
        Api.as(owner.token()).body(Map.of("memberId", u2)).post("/api/v1/workspaces/{ws}/members/{m}/merge", ws, u1).then().statusCode(200);
        Api.as(owner.token()).body(Map.of("memberId", u4)).post("/api/v1/workspaces/{ws}/members/{m}/merge", ws, u3).then().statusCode(200);

        // a segment: the members tagged vip
        List<UUID> vip = new ArrayList<>();
        for (int u = 1; u <= 15; u++) {
            if (u == 2 || u == 4) continue;
            vip.add(memberId(owner, ws, "u" + u));
        }
        Api.as(owner.token()).body(Map.of("memberIds", vip, "add", List.of("vip")))
                .post("/api/v1/workspaces/{ws}/members/bulk-tag", ws).then().statusCode(200);
        String segment = Api.as(owner.token()).body(Map.of("name", "VIP", "filter", Map.of("tags", List.of("vip"))))
                .post("/api/v1/workspaces/{ws}/segments", ws).then().statusCode(201).extract().path("id");

        Raw raw = read(ws, zone);
        Set<UUID> segmentPeople = raw.vip;
        assertTrue(segmentPeople.size() >= 10);
        UUID g1 = UUID.fromString(live.get(0));
        UUID g4 = UUID.fromString(empty);
        Map<String, Scope> scopes = new LinkedHashMap<>();
        scopes.put("groupId=" + g1, new Scope(m -> m.groupId.equals(g1), e -> e.groupId.equals(g1)));
        scopes.put("groupId=" + g4, new Scope(m -> m.groupId.equals(g4), e -> e.groupId.equals(g4)));
        scopes.put("", new Scope(m -> true, e -> true));
        scopes.put("segmentId=" + segment, new Scope(m -> segmentPeople.contains(m.memberId), e -> segmentPeople.contains(e.memberId)));
        int compared = 0;
        for (var s : scopes.entrySet()) {
            var request = Api.as(owner.token()).queryParam("from", FROM.toString()).queryParam("to", TO.toString());
            if (!s.getKey().isEmpty()) request.queryParam(s.getKey().split("=")[0], s.getKey().split("=")[1]);
            Map<String, Object> actual = (Map<String, Object>) json(request.get("/api/v1/workspaces/{ws}/metrics/summary", ws).then()
                    .statusCode(200).extract().asString()).get("figures");
            compared += compare(s.getKey() + " summary", expected(raw, s.getValue(), zone, FROM, TO), actual);
            for (String interval : List.of("day", "week", "month")) {
                var series = Api.as(owner.token()).queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                        .queryParam("interval", interval);
                if (!s.getKey().isEmpty()) series.queryParam(s.getKey().split("=")[0], s.getKey().split("=")[1]);
                List<Map<String, Object>> periods = (List<Map<String, Object>>) json(series.get("/api/v1/workspaces/{ws}/metrics/series", ws)
                        .then().statusCode(200).extract().asString()).get("periods");
                List<LocalDate[]> expectedPeriods = periods(FROM, TO, interval);
                assertEquals(expectedPeriods.size(), periods.size(), interval);
                for (int i = 0; i < periods.size(); i++) {
                    compared += compare(s.getKey() + " " + interval + " " + i,
                            expected(raw, s.getValue(), zone, expectedPeriods.get(i)[0], expectedPeriods.get(i)[1]), periods.get(i));
                }
            }
        }
        assertTrue(compared > 1000, "figures compared: " + compared);

        // the rollups kept behind the ingestion path (queue folded in) equal those rebuilt from the raw rows
        writer.catchUp(ws);
        Map<String, List<String>> kept = RollupTables.read(ds, ws);
        // compaction leaves one row per key and the same counts
        maintenance.compact(ws);
        assertEquals(kept, RollupTables.read(ds, ws), "rollups after compaction");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select (select count(*) from (select 1 from presence_delta where workspace_id = ? group by day, prev_end_day
                                               having count(*) > 1) d)
                     + (select count(*) from (select 1 from presence_net where workspace_id = ? group by day having count(*) > 1) n)""")) {
            ps.setObject(1, ws);
            ps.setObject(2, ws);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "keys with more than one row after compaction");
            }
        }
        RollupTables.rebuild(ds, ws);
        for (String table : kept.keySet()) {
            assertTrue(!kept.get(table).isEmpty() || table.equals("question") , table + " has rows");
        }
        RollupTables.assertSame(kept, RollupTables.read(ds, ws));
        // the data has what it should: merged people, staff, another currency, unanswered questions
        assertTrue(raw.events.stream().anyMatch(e -> e.staff), "staff events exist");
        assertTrue(raw.events.stream().anyMatch(e -> "HKD".equals(e.currency)), "other currency exists");
    }

    /** Parsed with doubles kept exact (RestAssured's own JSON path reads floats). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(body, Map.class);
    }

    private static UUID memberId(Tokens.User owner, UUID ws, String user) {
        return UUID.fromString(Api.as(owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", user)
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(200).extract().path("id"));
    }

    // ---------------------------------------------------------------------------------------
    // The second way: raw rows and the definitions of docs/metrics.md, literally.

    record Ms(UUID groupId, UUID memberId, Instant joinedAt, Instant leftAt) {
    }

    record Ev(String type, UUID groupId, UUID memberId, Instant at, Long amount, String currency, boolean staff, String platform,
              String questionKey) {
    }

    record Scope(Predicate<Ms> memberships, Predicate<Ev> events) {
    }

    static final class Raw {
        List<Ms> memberships = new ArrayList<>();
        List<Ev> events = new ArrayList<>();
        Set<UUID> vip = new HashSet<>();
        String currency;
    }

    Raw read(UUID ws, ZoneId zone) throws Exception {
        Raw raw = new Raw();
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    select s.group_id, s.member_id, s.joined_at, s.left_at from membership s
                      join member m on m.workspace_id = s.workspace_id and m.member_id = s.member_id
                     where s.workspace_id = ? and not m.staff""")) {
                ps.setObject(1, ws);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp left = rs.getTimestamp(4);
                        raw.memberships.add(new Ms(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
                                left == null ? null : left.toInstant()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select type, group_id, member_id, occurred_at, amount_minor, currency, staff, platform, question_key
                      from event where workspace_id = ?""")) {
                ps.setObject(1, ws);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long amount = rs.getLong(5);
                        Long a = rs.wasNull() ? null : amount;
                        raw.events.add(new Ev(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getTimestamp(4).toInstant(), a, rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select member_id from member where workspace_id = ? and 'vip' = any(tags) and merged_into_member_id is null")) {
                ps.setObject(1, ws);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) raw.vip.add(rs.getObject(1, UUID.class));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select currency from workspace where workspace_id = ?")) {
                ps.setObject(1, ws);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    raw.currency = rs.getString(1);
                }
            }
        }
        return raw;
    }

    static List<LocalDate[]> periods(LocalDate from, LocalDate to, String interval) {
        List<LocalDate[]> out = new ArrayList<>();
        LocalDate a = from;
        while (!a.isAfter(to)) {
            LocalDate b = switch (interval) {
                case "day" -> a;
                case "week" -> a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                default -> a.withDayOfMonth(a.lengthOfMonth());
            };
            if (b.isAfter(to)) b = to;
            out.add(new LocalDate[] {a, b});
            a = b.plusDays(1);
        }
        return out;
    }

    /** People (staff left out) members at instant t. */
    static Set<UUID> membersAt(List<Ms> ms, Instant t) {
        Set<UUID> out = new HashSet<>();
        for (Ms m : ms) {
            if (!m.joinedAt.isAfter(t) && (m.leftAt == null || m.leftAt.isAfter(t))) out.add(m.memberId);
        }
        return out;
    }

    static Map<String, Object> expected(Raw raw, Scope scope, ZoneId zone, LocalDate a, LocalDate b) {
        List<Ms> ms = raw.memberships.stream().filter(scope.memberships).toList();
        Instant s = a.atStartOfDay(zone).toInstant();
        Instant e = b.plusDays(1).atStartOfDay(zone).toInstant();
        Set<UUID> atStart = membersAt(ms, s);
        Set<UUID> atEnd = membersAt(ms, e);
        // new: a join in P (an instant of exactly midnight belongs to the day ending there: (s, e]) and not a member at s
        Set<UUID> joined = new HashSet<>();
        Set<UUID> presentInP = new HashSet<>();
        for (Ms m : ms) {
            boolean nonEmpty = m.leftAt == null || m.leftAt.isAfter(m.joinedAt);
            if (nonEmpty && m.joinedAt.isAfter(s) && !m.joinedAt.isAfter(e)) joined.add(m.memberId);
            if (nonEmpty && !m.joinedAt.isAfter(e) && (m.leftAt == null || m.leftAt.isAfter(s))) presentInP.add(m.memberId);
        }
        joined.removeAll(atStart);
        presentInP.removeAll(atEnd);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from", a.toString());
        f.put("to", b.toString());
        f.put("membersAtStart", atStart.size());
        f.put("membersAtEnd", atEnd.size());
        f.put("newMembers", joined.size());
        f.put("leftMembers", presentInP.size());
        f.put("netGrowth", atEnd.size() - atStart.size());

        List<Ev> evs = raw.events.stream().filter(scope.events).filter(x -> !x.staff)
                .filter(x -> !x.at.isBefore(s) && x.at.isBefore(e)).toList();
        long days = ChronoUnit.DAYS.between(a, b) + 1;
        double sumMembers = 0;
        double shares = 0;
        int shareDays = 0;
        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
            int m = membersAt(ms, d.plusDays(1).atStartOfDay(zone).toInstant()).size();
            sumMembers += m;
            LocalDate day = d;
            long activeThatDay = evs.stream().filter(x -> !x.type.equals("joined") && !x.type.equals("left"))
                    .filter(x -> x.at.atZone(zone).toLocalDate().equals(day)).map(Ev::memberId).distinct().count();
            if (m > 0) {
                shares += (double) activeThatDay / m;
                shareDays++;
            }
        }
        double average = sumMembers / days;
        f.put("averageMembers", average);
        long active = evs.stream().filter(x -> !x.type.equals("joined") && !x.type.equals("left")).map(Ev::memberId).distinct().count();
        f.put("activeMembers", active);
        f.put("activeShare", atEnd.isEmpty() ? null : (double) active / atEnd.size());
        f.put("activeShareOfAverage", average == 0 ? null : active / average);
        f.put("dailyActiveShare", shareDays == 0 ? null : shares / shareDays);
        long messages = evs.stream().filter(x -> x.type.equals("message")).count();
        f.put("messages", messages);
        // per ISO-week piece: messages / members at its end, scaled to 7 days; mean of the pieces
        double weekSum = 0;
        int pieces = 0;
        for (LocalDate[] w : periods(a, b, "week")) {
            int m = membersAt(ms, w[1].plusDays(1).atStartOfDay(zone).toInstant()).size();
            if (m == 0) continue;
            long msg = evs.stream().filter(x -> x.type.equals("message")).filter(x -> {
                LocalDate d = x.at.atZone(zone).toLocalDate();
                return !d.isBefore(w[0]) && !d.isAfter(w[1]);
            }).count();
            weekSum += (double) msg / m * 7 / (ChronoUnit.DAYS.between(w[0], w[1]) + 1);
            pieces++;
        }
        f.put("messagesPerMemberPerWeek", pieces == 0 ? null : weekSum / pieces);
        long buyers = evs.stream().filter(x -> x.type.equals("order_placed")).map(Ev::memberId).distinct().count();
        f.put("buyers", buyers);
        f.put("conversionRate", atEnd.isEmpty() ? null : (double) buyers / atEnd.size());
        f.put("conversionRateOfAverage", average == 0 ? null : buyers / average);
        List<Ev> orders = evs.stream().filter(x -> x.type.equals("order_placed") && raw.currency.equals(x.currency)).toList();
        long gmv = orders.stream().mapToLong(Ev::amount).sum();
        f.put("orders", orders.size());
        f.put("gmvMinor", gmv);
        f.put("averageOrderValueMinor", orders.isEmpty() ? null : (double) gmv / orders.size());
        f.put("excludedOtherCurrency", evs.stream().filter(x -> x.amount != null && !raw.currency.equals(x.currency)).count());
        long issued = evs.stream().filter(x -> x.type.equals("coupon_issued")).count();
        long redeemed = evs.stream().filter(x -> x.type.equals("coupon_redeemed")).count();
        f.put("couponsIssued", issued);
        f.put("couponsRedeemed", redeemed);
        f.put("couponRedemptionRate", issued == 0 ? null : (double) redeemed / issued);
        long redPackets = evs.stream().filter(x -> x.type.equals("red_packet_claimed") && raw.currency.equals(x.currency))
                .mapToLong(Ev::amount).sum();
        f.put("redPacketSpendMinor", redPackets);
        f.put("activitySpendMinor", 0);
        f.put("acquisitionCostMinor", joined.isEmpty() ? null : (double) redPackets / joined.size());
        // questions asked in P by non-staff members of the scope; the first linked answer (any time)
        Map<String, Instant> firstAnswer = new HashMap<>();
        for (Ev x : raw.events) {
            if (x.type.equals("question_answered")) firstAnswer.merge(x.platform + "|" + x.questionKey, x.at, (p, q) -> p.isBefore(q) ? p : q);
        }
        List<Double> times = new ArrayList<>();
        long asked = 0;
        long within = 0;
        for (Ev x : evs) {
            if (!x.type.equals("question_asked")) continue;
            asked++;
            Instant answer = firstAnswer.get(x.platform + "|" + x.questionKey);
            if (answer != null) {
                double secs = Math.max(0, answer.toEpochMilli() - x.at.toEpochMilli()) / 1000.0;
                times.add(secs);
                if (secs <= 300) within++;
            }
        }
        times.sort(null);
        f.put("questions", asked);
        f.put("answeredQuestions", times.size());
        f.put("unansweredQuestions", asked - times.size());
        f.put("responseTimeMeanSeconds", times.isEmpty() ? null : times.stream().mapToDouble(x -> x).sum() / times.size());
        f.put("responseTimeMedianSeconds", times.isEmpty() ? null : times.size() % 2 == 1 ? times.get(times.size() / 2)
                : (times.get(times.size() / 2 - 1) + times.get(times.size() / 2)) / 2);
        f.put("responseTimeP90Seconds", times.isEmpty() ? null : times.get((int) Math.ceil(0.9 * times.size()) - 1));
        f.put("answeredWithin5MinutesShare", asked == 0 ? null : (double) within / asked);
        long accepted = evs.stream().filter(x -> x.type.equals("invite_accepted")).count();
        long inviters = evs.stream().filter(x -> x.type.equals("invite_sent")).map(Ev::memberId).distinct().count();
        f.put("invitesAccepted", accepted);
        f.put("inviters", inviters);
        f.put("kFactor", inviters == 0 ? null : (double) accepted / inviters);
        return f;
    }

    static int compare(String what, Map<String, Object> expected, Map<String, Object> actual) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the figures");
        int n = 0;
        for (var e : expected.entrySet()) {
            Object want = e.getValue();
            Object got = actual.get(e.getKey());
            String label = what + " " + e.getKey();
            if (want == null) {
                assertNull(got, label);
            } else if (want instanceof String) {
                assertEquals(want, got, label);
            } else {
                assertNotNull(got, label);
                double w = ((Number) want).doubleValue();
                double g = ((Number) got).doubleValue();
                assertEquals(w, g, 1e-9 * Math.max(1, Math.abs(w)), label);
            }
            n++;
        }
        return n;
    }
}
