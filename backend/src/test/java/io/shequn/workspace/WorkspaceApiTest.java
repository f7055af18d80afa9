package io.shequn.workspace;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkspaceApiTest {

    @Test
    void creatorBecomesOwnerAndSeesItInTheirList() {
        var alice = Tokens.newUser("Alice");
        var created = Api.as(alice.token())
                .body(Map.of("name", "  小鹿母婴旗舰店 ", "timeZone", "Asia/Shanghai", "currency", "CNY"))
                .post("/api/v1/workspaces")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", notNullValue())
                .body("role", equalTo("owner"))
                .body("workspace.name", equalTo("小鹿母婴旗舰店"))
                .body("workspace.timeZone", equalTo("Asia/Shanghai"))
                .body("workspace.currency", equalTo("CNY"))
                .extract();
        String id = created.path("workspace.id");

        Api.as(alice.token()).get("/api/v1/workspaces")
                .then().statusCode(200)
                .body("items.workspace.id", hasItem(id))
                .body("items.find { it.workspace.id == '" + id + "' }.role", equalTo("owner"));
        Api.as(alice.token()).get(created.header("Location"))
                .then().statusCode(200).body("name", equalTo("小鹿母婴旗舰店"));
    }

    @Test
    void defaultsAreShanghaiAndYuan() {
        var bob = Tokens.newUser("Bob");
        Api.as(bob.token()).body(Map.of("name", "默认设置")).post("/api/v1/workspaces")
                .then().statusCode(201)
                .body("workspace.timeZone", equalTo("Asia/Shanghai"))
                .body("workspace.currency", equalTo("CNY"));
    }

    @Test
    void othersCannotSeeTheWorkspace() {
        var alice = Tokens.newUser("Alice");
        var mallory = Tokens.newUser("Mallory");
        UUID ws = Fixtures.workspace(alice, "Alice's shop");
        Api.as(mallory.token()).get("/api/v1/workspaces")
                .then().statusCode(200).body("items.workspace.id", not(hasItem(ws.toString())));
        Api.as(mallory.token()).get("/api/v1/workspaces/{id}", ws)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        // same answer as a workspace that does not exist at all
        Api.as(mallory.token()).get("/api/v1/workspaces/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listPagesWithACursorInCreationOrder() {
        var carol = Tokens.newUser("Carol");
        for (int i = 1; i <= 5; i++) {
            Fixtures.workspace(carol, "Shop " + i);
        }
        var first = Api.as(carol.token()).queryParam("limit", 2).get("/api/v1/workspaces")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].workspace.name", equalTo("Shop 1"))
                .body("nextCursor", notNullValue()).extract();
        var second = Api.as(carol.token()).queryParam("limit", 2).queryParam("cursor", first.<String>path("nextCursor"))
                .get("/api/v1/workspaces")
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].workspace.name", equalTo("Shop 3")).extract();
        Api.as(carol.token()).queryParam("limit", 2).queryParam("cursor", second.<String>path("nextCursor"))
                .get("/api/v1/workspaces")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].workspace.name", equalTo("Shop 5"))
                .body("nextCursor", nullValue());
    }

    @Test
    void getAnswersNotModifiedWhileTheETagMatches() {
        var dan = Tokens.newUser("Dan");
        UUID ws = Fixtures.workspace(dan, "Dan's");
        String etag = Fixtures.etag(dan.token(), "/api/v1/workspaces/{id}", ws);
        Api.as(dan.token()).header("If-None-Match", etag).get("/api/v1/workspaces/{id}", ws)
                .then().statusCode(304).header("ETag", equalTo(etag));
        String listEtag = Fixtures.etag(dan.token(), "/api/v1/workspaces");
        Api.as(dan.token()).header("If-None-Match", listEtag).get("/api/v1/workspaces").then().statusCode(304);

        Api.as(dan.token()).header("If-Match", etag).body(Map.of("name", "Dan's 2")).patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(200);
        Api.as(dan.token()).header("If-None-Match", etag).get("/api/v1/workspaces/{id}", ws)
                .then().statusCode(200).body("name", equalTo("Dan's 2"));
        Api.as(dan.token()).header("If-None-Match", listEtag).get("/api/v1/workspaces").then().statusCode(200);
    }

    @Test
    void renameNeedsTheCurrentETag() {
        var erin = Tokens.newUser("Erin");
        UUID ws = Fixtures.workspace(erin, "Erin's");
        String etag = Fixtures.etag(erin.token(), "/api/v1/workspaces/{id}", ws);

        Api.malformed(erin.token()).contentType("application/json").body(Map.of("name", "No precondition"))
                .patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(428).body("errors[0].header", equalTo("If-Match"));

        String newEtag = Api.as(erin.token()).header("If-Match", etag).body(Map.of("name", "Erin's flagship", "timeZone", "Europe/Paris"))
                .patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(200)
                .body("name", equalTo("Erin's flagship"))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("currency", equalTo("CNY"))
                .extract().header("ETag");
        // the ETag a write returns is the one a GET returns
        Api.as(erin.token()).get("/api/v1/workspaces/{id}", ws).then().header("ETag", equalTo(newEtag));

        // a second writer with the old ETag loses, and changes nothing
        Api.as(erin.token()).header("If-Match", etag).body(Map.of("name", "Stale write"))
                .patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(412).contentType("application/problem+json");
        Api.as(erin.token()).get("/api/v1/workspaces/{id}", ws).then().body("name", equalTo("Erin's flagship"));
    }

    @Test
    void invalidSettingsAreRejectedWithTheField() {
        var fay = Tokens.newUser("Fay");
        Api.as(fay.token()).body(Map.of("name", "x", "timeZone", "Mars/Olympus")).post("/api/v1/workspaces")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/timeZone"));
        Api.as(fay.token()).body(Map.of("name", "x", "currency", "XYZ")).post("/api/v1/workspaces")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/currency"));
        Api.malformed(fay.token()).contentType("application/json").body(Map.of("name", "x", "currency", "cny"))
                .post("/api/v1/workspaces")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/currency"));
        UUID ws = Fixtures.workspace(fay, "Fay's");
        String etag = Fixtures.etag(fay.token(), "/api/v1/workspaces/{id}", ws);
        Api.malformed(fay.token()).contentType("application/json").header("If-Match", etag).body(Map.of())
                .patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(400).contentType("application/problem+json");
        Api.malformed(fay.token()).contentType("application/json").header("If-Match", etag).body(Map.of("name", "   "))
                .patch("/api/v1/workspaces/{id}", ws)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/name"));
    }

    @Test
    void partnerClientsCannotCreateWorkspaces() {
        Api.as(Tokens.client("some-bot")).body(Map.of("name", "Bot shop")).post("/api/v1/workspaces")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
