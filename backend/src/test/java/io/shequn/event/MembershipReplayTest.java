package io.shequn.event;

import static io.shequn.event.EventTestData.batch;
import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Sql;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Memberships are the replay of joined/left events in occurredAt order, whatever their arrival order. */
@QuarkusTest
class MembershipReplayTest {
    @Inject
    AgroalDataSource ds;
    private EventTestData d;
    private String g;
    private Instant t0;

    @BeforeEach
    void setUp() {
        d = new EventTestData("Replay shop");
        g = d.group("重放群", "wx-room-replay", 350);
        t0 = minutesAgo(120);
    }

    private void push(List<?> items) {
        var r = Api.as(d.bot).urlEncodingEnabled(false).body(batch(items)).post("/api/v1/workspaces/{ws}/events:batch", d.ws)
                .then().statusCode(200).extract();
        assertEquals(items.size(), (int) r.path("accepted"));
    }

    private Map<String, Object> at(String type, String id, String user, long seconds) {
        return event(type, id, g, user, t0.plusSeconds(seconds));
    }

    @Test
    void aLeaveAndALaterRejoinInOneBatchAreBothStored() throws SQLException {
        push(List.of(at("joined", "a-j1", "wx-a", 0)));
        // the member is in; a day pushed in order: left, then joined again, in one batch
        push(List.of(at("left", "a-l1", "wx-a", 60), at("joined", "a-j2", "wx-a", 120)));
        assertEquals(List.of(stay(0, 60), stay(120, null)), stays("wx-a"));
        assertEquals(1, memberCount());
        // and the same in the other item order, in a later batch
        push(List.of(at("joined", "a-j3", "wx-a", 300), at("left", "a-l2", "wx-a", 240)));
        assertEquals(List.of(stay(0, 60), stay(120, 240), stay(300, null)), stays("wx-a"));
        assertEquals(1, memberCount());
    }

    @Test
    void aLeaveAndARejoinAtTheSameInstantLeaveTheMemberIn() throws SQLException {
        push(List.of(at("joined", "s-j1", "wx-s", 0)));
        push(List.of(at("joined", "s-j2", "wx-s", 60), at("left", "s-l1", "wx-s", 60)));
        assertEquals(List.of(stay(0, 60), stay(60, null)), stays("wx-s"));
        assertEquals(1, memberCount());
    }

    @Test
    void aJoinArrivingAfterALaterStoredLeaveMakesTheClosedStay() throws SQLException {
        push(List.of(at("joined", "b-j1", "wx-b", 0)));
        push(List.of(at("left", "b-l1", "wx-b", 100), at("joined", "b-j2", "wx-b", 200), at("left", "b-l2", "wx-b", 300)));
        assertEquals(List.of(stay(0, 100), stay(200, 300)), stays("wx-b"));
        // a join between the two stays, arriving last: no left between 150 and 200, so the
        // second stay began at 150
        push(List.of(at("joined", "b-j3", "wx-b", 150)));
        assertEquals(List.of(stay(0, 100), stay(150, 300)), stays("wx-b"));
        // a join after the last left: a current stay
        push(List.of(at("joined", "b-j4", "wx-b", 400)));
        assertEquals(List.of(stay(0, 100), stay(150, 300), stay(400, null)), stays("wx-b"));
        assertEquals(1, memberCount());
    }

    @Test
    void aLeaveArrivingBeforeItsEarlierJoinClosesTheStayItMakes() throws SQLException {
        push(List.of(at("left", "c-l1", "wx-c", 100)));
        assertEquals(List.of(), stays("wx-c"));
        push(List.of(at("joined", "c-j1", "wx-c", 0)));
        assertEquals(List.of(stay(0, 100)), stays("wx-c"));
        assertEquals(0, memberCount());
    }

    @Test
    void aLateLeaveSplitsAStayHoldingARepeatedJoin() throws SQLException {
        // joined at 0, joined again at 50 while in (changes nothing), left at 100
        push(List.of(at("joined", "d-j1", "wx-d", 0), at("joined", "d-j2", "wx-d", 50), at("left", "d-l2", "wx-d", 100)));
        assertEquals(List.of(stay(0, 100)), stays("wx-d"));
        // a left at 30 arrives late: in order, the join at 50 now opens a second stay
        push(List.of(at("left", "d-l1", "wx-d", 30)));
        assertEquals(List.of(stay(0, 30), stay(50, 100)), stays("wx-d"));
        assertEquals(0, memberCount());
    }

    @Test
    void aRepeatedJoinWhileInChangesNothing() throws SQLException {
        push(List.of(at("joined", "e-j1", "wx-e", 0)));
        push(List.of(at("joined", "e-j2", "wx-e", 10)));
        push(List.of(at("joined", "e-j3", "wx-e", 20), at("joined", "e-j4", "wx-e", 5)));
        assertEquals(List.of(stay(0, null)), stays("wx-e"));
        assertEquals(1, memberCount());
    }

    @Test
    void anEarlierJoinOfACurrentStayMovesItsStartAndKeepsItsId() throws SQLException {
        push(List.of(at("joined", "f-j2", "wx-f", 300)));
        String id = Sql.text(ds, "select membership_id from membership where workspace_id = ? and group_id = ?", d.ws, UUID.fromString(g));
        push(List.of(at("joined", "f-j1", "wx-f", 100)));
        assertEquals(List.of(stay(100, null)), stays("wx-f"));
        assertEquals(id, Sql.text(ds, "select membership_id from membership where workspace_id = ? and group_id = ?", d.ws,
                UUID.fromString(g)));
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().body("memberCount", equalTo(1));
    }

    // ---------------------------------------------------------------- capacity alerts

    @Test
    void anOverCapacityAlertResolvesAfterAnApiLeave() throws SQLException {
        String small = d.group("小群", null, 2);
        push(List.of(event("joined", "k-1", small, "wx-k1", t0), event("joined", "k-2", small, "wx-k2", t0),
                event("joined", "k-3", small, "wx-k3", t0)));
        assertEquals(1, openAlerts(small));
        String membership = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", d.ws, small).then()
                .statusCode(200).extract().path("items[0].id");
        Api.as(d.owner.token()).body(Map.of("reason", "removed"))
                .post("/api/v1/workspaces/{ws}/groups/{g}/memberships/{id}/leave", d.ws, small, membership).then().statusCode(200);
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, small).then().body("memberCount", equalTo(2));
        assertEquals(0, openAlerts(small));
        // a join pushed by events past the limit again raises a new one
        push(List.of(event("joined", "k-4", small, "wx-k4", t0.plusSeconds(5))));
        assertEquals(1, openAlerts(small));
    }

    @Test
    void anOverCapacityAlertResolvesAfterAMerge() throws SQLException {
        String small = d.group("小群", null, 2);
        push(List.of(event("joined", "m-1", small, "wx-m1", t0), event("joined", "m-2", small, "wx-m2", t0),
                event("joined", "m-3", small, "wx-m3", t0)));
        assertEquals(1, openAlerts(small));
        // wx-m3 turns out to be wx-m1: one person, in the group once
        Api.as(d.owner.token()).body(Map.of("memberId", memberOf("wx-m3")))
                .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, memberOf("wx-m1")).then().statusCode(200);
        Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, small).then().body("memberCount", equalTo(2));
        assertEquals(0, openAlerts(small));
    }

    private long openAlerts(String group) throws SQLException {
        return Sql.count(ds, "select count(*) from alert where workspace_id = ? and group_id = ? and kind = 'over_capacity'"
                + " and resolved_at is null", d.ws, UUID.fromString(group));
    }

    private String memberOf(String user) {
        return Api.as(d.owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", user)
                .get("/api/v1/workspaces/{ws}/members/by-identity", d.ws).then().statusCode(200).extract().path("id");
    }

    // ---------------------------------------------------------------- helpers

    record Stay(Instant joinedAt, Instant leftAt) {
    }

    private Stay stay(long joined, Integer left) {
        return new Stay(t0.plusSeconds(joined), left == null ? null : t0.plusSeconds(left));
    }

    private int memberCount() {
        return Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", d.ws, g).then().statusCode(200).extract()
                .path("memberCount");
    }

    /** The stays of a wechat user in the group, oldest first. */
    private List<Stay> stays(String user) throws SQLException {
        List<Stay> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("select m.joined_at, m.left_at from membership m"
                + " join member_identity i on i.workspace_id = m.workspace_id and i.member_id = m.member_id"
                + " where m.workspace_id = ? and m.group_id = ? and i.platform = 'wechat' and i.platform_user_id = ? order by m.joined_at")) {
            s.setObject(1, d.ws);
            s.setObject(2, UUID.fromString(g));
            s.setString(3, user);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new Stay(r.getTimestamp(1).toInstant(), r.getTimestamp(2) == null ? null : r.getTimestamp(2).toInstant()));
                }
            }
        }
        return out;
    }
}
