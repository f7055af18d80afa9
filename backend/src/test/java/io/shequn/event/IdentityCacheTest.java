package io.shequn.event;

import static io.shequn.event.EventTestData.event;
import static io.shequn.event.EventTestData.minutesAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ingestion path remembers which member an identity stands for (member.IdentityCache). Each
 * change to that answer must reach the next event at once: a merge (the identity now stands for
 * the survivor), a change of the staff flag, an erasure (the identity names nobody any more).
 */
@QuarkusTest
class IdentityCacheTest {
    @Inject
    AgroalDataSource ds;
    private EventTestData d;
    private String g;

    @BeforeEach
    void setUp() {
        d = new EventTestData("Identity cache shop");
        g = d.group("缓存群", "wx-room-cache", 350);
    }

    /** Pushes a message of the identity, answers the member it was stored under. */
    private String push(String eventId, String userId) {
        return Api.as(d.bot).body(event("message", eventId, g, userId, minutesAgo(2)))
                .post("/api/v1/workspaces/{ws}/events", d.ws).then().statusCode(201).extract().path("memberId");
    }

    @Test
    void aMergeSendsTheNextEventsOfTheAbsorbedIdentityToTheSurvivor() {
        String absorbed = push("c-1", "wx-twin-a");
        assertEquals(absorbed, push("c-2", "wx-twin-a"), "the same person twice (the second from the cache)");
        String survivor = push("c-3", "wx-twin-b");
        Api.as(d.owner.token()).body(Map.of("memberId", absorbed))
                .post("/api/v1/workspaces/{ws}/members/{id}/merge", d.ws, survivor).then().statusCode(200);
        assertEquals(survivor, push("c-4", "wx-twin-a"), "after the merge, the identity stands for the survivor");
    }

    @Test
    void aStaffFlagSetAfterwardsMarksTheNextEvents() throws Exception {
        String member = push("s-1", "wx-helper");
        push("s-2", "wx-helper");
        String etag = Api.as(d.owner.token()).get("/api/v1/workspaces/{ws}/members/{m}", d.ws, member)
                .then().statusCode(200).extract().header("ETag");
        Api.as(d.owner.token()).header("If-Match", etag).body(Map.of("staff", true))
                .patch("/api/v1/workspaces/{ws}/members/{m}", d.ws, member).then().statusCode(200);
        push("s-3", "wx-helper");
        assertEquals(false, staff("s-2"), "before the flag");
        assertEquals(true, staff("s-3"), "the event after the flag is a staff event (left out of the member figures)");
    }

    @Test
    void anErasedIdentityBringsANewMemberNextTime() {
        String before = push("e-1", "wx-gone");
        push("e-2", "wx-gone");
        Api.as(d.owner.token()).post("/api/v1/workspaces/{ws}/members/{id}/erase", d.ws, before).then().statusCode(200);
        assertNotEquals(before, push("e-3", "wx-gone"), "the identity was erased: its next event creates a new member");
    }

    private boolean staff(String platformEventId) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select staff from event where workspace_id = ? and platform_event_id = ?")) {
            ps.setObject(1, d.ws);
            ps.setString(2, platformEventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
