package io.shequn.member;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.shequn.testing.Api;
import io.shequn.testing.Fixtures;
import io.shequn.testing.Tokens;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class MemberImportTest {
    private Tokens.User owner;
    private UUID ws;

    @BeforeEach
    void workspace() {
        owner = Tokens.newUser("Owner");
        ws = Fixtures.workspace(owner, "Import shop");
    }

    public static String upload(String token, UUID ws, String csv, int status) {
        return Api.as(token).contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws)
                .then().statusCode(status).extract().path("id");
    }

    /** Polls the job until it ends (bounded). */
    public static JsonPath await(String token, UUID ws, String importId) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = Api.as(token).get("/api/v1/workspaces/{ws}/member-imports/{id}", ws, importId)
                    .then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (status.equals("succeeded") || status.equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        fail("import " + importId + " did not finish in 30 s");
        return null;
    }

    private String group(Map<String, Object> body) {
        return Api.as(owner.token()).body(body).post("/api/v1/workspaces/{ws}/groups", ws).then().statusCode(201).extract().path("id");
    }

    private JsonPath member(String platform, String userId) {
        return Api.as(owner.token()).queryParam("platform", platform).queryParam("platformUserId", userId)
                .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void importsMembersWithGroupsAndReimportChangesNothing() {
        String g = group(Map.of("name", "福利群 1", "platform", "wechat", "platformGroupId", "wxg-1"));
        String csv = "\uFEFFplatform,platform_user_id,display_name,phone,tags,tier,points,source_channel,notes,platform_group_id,group_role,invited_by_platform_user_id\r\n"
                + "wechat,wx-mei,小美,13812345678,vip|宝妈,gold,120,package_card,\"喜欢母婴, 周末活跃\",wxg-1,opinion_leader,\r\n"
                + "wechat,wx-lei,小雷,,vip,,,referral,\"多行\n备注 \"\"引号\"\"\",wxg-1,,wx-mei\r\n"
                + "qq,qq-9,,+86 138-0000-0000,,,,,,,,\r\n";
        String id = upload(owner.token(), ws, csv, 202);
        JsonPath job = await(owner.token(), ws, id);
        assertEquals("succeeded", job.getString("status"));
        assertEquals(3, job.getInt("rowsTotal"));
        assertEquals(3, job.getInt("rowsDone"));
        assertEquals(3, job.getInt("rowsImported"));
        assertEquals(0, job.getInt("rowsFailed"));
        assertEquals(MemberImportService.sha256(csv.getBytes(StandardCharsets.UTF_8)), job.getString("fileSha256"));

        JsonPath mei = member("wechat", "wx-mei");
        assertEquals("小美", mei.getString("displayName"));
        assertEquals(List.of("vip", "宝妈"), mei.getList("tags"));
        assertEquals("gold", mei.getString("tier"));
        assertEquals(120, mei.getInt("points"));
        assertEquals("package_card", mei.getString("sourceChannel"));
        assertEquals("喜欢母婴, 周末活跃", mei.getString("notes"));
        JsonPath lei = member("wechat", "wx-lei");
        assertEquals("多行\n备注 \"引号\"", lei.getString("notes"));
        assertEquals(mei.getString("id"), lei.getString("invitedByMemberId"));
        assertEquals("+86 138-0000-0000", member("qq", "qq-9").getString("phone"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(2));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}/memberships", ws, g).then()
                .body("items", hasSize(2)).body("items.find { it.memberId == '" + mei.getString("id") + "' }.role", equalTo("opinion_leader"));
        String meiEtag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{id}", ws, mei.getString("id"));

        // the same file again: nothing new, nothing changed
        String again = upload(owner.token(), ws, csv, 202);
        JsonPath second = await(owner.token(), ws, again);
        assertEquals(0, second.getInt("rowsImported"));
        assertEquals(3, second.getInt("rowsUpdated"));
        assertEquals(0, second.getInt("rowsFailed"));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items", hasSize(3));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(2));
        assertEquals(meiEtag, Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{id}", ws, mei.getString("id")));

        // a row that gives some cells changes only those
        String update = "platform,platform_user_id,tier,tags\nwechat,wx-mei,platinum,\n";
        await(owner.token(), ws, upload(owner.token(), ws, update, 202));
        JsonPath updated = member("wechat", "wx-mei");
        assertEquals("platinum", updated.getString("tier"));
        assertEquals(List.of("vip", "宝妈"), updated.getList("tags"));
        assertEquals("小美", updated.getString("displayName"));

        // jobs are listed newest first; one audit entry per job
        Api.as(owner.token()).queryParam("limit", 2).get("/api/v1/workspaces/{ws}/member-imports", ws).then()
                .body("items", hasSize(2)).body("items[1].id", equalTo(again)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        Api.as(owner.token()).queryParam("entityType", "member_import").get("/api/v1/workspaces/{ws}/audit-log", ws).then()
                .statusCode(200).body("items", hasSize(3)).body("items.action", org.hamcrest.Matchers.everyItem(equalTo("member_import.succeeded")));
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndGoodRowsAreStored() {
        String small = group(Map.of("name", "Small", "platform", "wechat", "platformGroupId", "small", "hardLimit", 1, "targetSize", 1));
        String csv = "platform,platform_user_id,display_name,phone,source_channel,group_id,platform_group_id\n"
                + "wechat,wx-a,A,,,," + "small\n"                         // 2: joins, fills the group
                + "wechat,wx-broken\"quote,B,,,,\n"                        // 3: broken quoting
                + "wechat,wx-c,C,,tiktok,,\n"                              // 4: unknown enum
                + "wechat,wx-d,D,,,," + "small\n"                         // 5: group full
                + "wechat,wx-e,E,,,," + "no-such-group\n"                 // 6: unknown group
                + "wechat,wx-f,F,call me,,,\n"                             // 7: bad phone
                + "wechat,wx-g," + "名".repeat(101) + ",,,,\n"              // 8: too long
                + "wechat,wx-h,H,,,\n"                                     // 9: too few fields
                + "martian,wx-i,I,,,,\n"                                   // 10: unknown platform
                + "wechat,wx-j,J,,,," + "\n"                               // 11: good
                + "wechat,wx-k,K,,," + UUID.randomUUID() + ",\n";          // 12: unknown group id
        String id = upload(owner.token(), ws, csv, 202);
        JsonPath job = await(owner.token(), ws, id);
        assertEquals("succeeded", job.getString("status"));
        assertEquals(11, job.getInt("rowsTotal"));
        assertEquals(2, job.getInt("rowsImported"));
        assertEquals(9, job.getInt("rowsFailed"));
        JsonPath errors = Api.as(owner.token()).get("/api/v1/workspaces/{ws}/member-imports/{id}/errors", ws, id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10, 12), errors.getList("items.line"));
        assertEquals(Arrays.asList(null, "source_channel", "platform_group_id", "platform_group_id", "phone", "display_name",
                null, "platform", "group_id"), errors.getList("items.column"));
        assertTrue(errors.getString("items[2].message").contains("hard limit"), errors.getString("items[2].message"));
        // good rows stored, bad rows left nothing behind (not even the member of the full-group row)
        member("wechat", "wx-a");
        member("wechat", "wx-j");
        for (String missing : List.of("wx-c", "wx-d", "wx-e", "wx-f")) {
            Api.as(owner.token()).queryParam("platform", "wechat").queryParam("platformUserId", missing)
                    .get("/api/v1/workspaces/{ws}/members/by-identity", ws).then().statusCode(404);
        }
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, small).then().body("memberCount", equalTo(1));
        // errors page by cursor
        String next = Api.as(owner.token()).queryParam("limit", 4).get("/api/v1/workspaces/{ws}/member-imports/{id}/errors", ws, id)
                .then().body("items", hasSize(4)).extract().path("nextCursor");
        Api.as(owner.token()).queryParam("limit", 4).queryParam("cursor", next)
                .get("/api/v1/workspaces/{ws}/member-imports/{id}/errors", ws, id).then().body("items[0].line", equalTo(7));
    }

    @Test
    void theFileItselfIsCheckedAtUpload() {
        Api.malformed(owner.token()).contentType("text/csv").body("display_name\nx\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(400)
                .body("errors[0].detail", containsString("platform"));
        Api.malformed(owner.token()).contentType("text/csv").body("platform,platform_user_id,age\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(400)
                .body("errors[0].detail", containsString("unknown column \"age\""));
        byte[] gbk = "platform,platform_user_id,display_name\nwechat,x,小美\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        Api.malformed(owner.token()).contentType("text/csv").body(gbk)
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(400)
                .body("errors[0].detail", containsString("UTF-8"));
        Api.malformed(owner.token()).contentType("text/csv").body(new byte[0])
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(400);
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/member-imports/{id}", ws, UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void analystsMayNotImport() {
        Tokens.User analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        Api.as(analyst.token()).contentType("text/csv").body("platform,platform_user_id\nwechat,x\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(403);
        Api.as(analyst.token()).get("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void integrationClientsImportAndTheSameFileWhileQueuedAnswersItsJob() {
        String client = "import-bot-" + UUID.randomUUID();
        Api.as(owner.token()).body(Map.of("clientId", client, "role", "integration"))
                .post("/api/v1/workspaces/{ws}/access", ws).then().statusCode(201);
        String token = Tokens.client(client);
        StringBuilder csv = new StringBuilder("platform,platform_user_id\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("wecom,wc-").append(i).append('\n');
        }
        String first = upload(token, ws, csv.toString(), 202);
        // immediately again: the job is still queued or running (or, on a very fast machine, done)
        var again = Api.as(token).contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().extract();
        if (again.statusCode() == 200) {
            assertEquals(first, again.path("id"));
        } else {
            assertEquals(202, again.statusCode());
            await(token, ws, again.path("id"));
        }
        JsonPath job = await(token, ws, first);
        assertEquals(3000, job.getInt("rowsImported") + job.getInt("rowsUpdated"));
        assertEquals(3000, job.getInt("rowsDone"));
        Api.as(token).queryParam("limit", 1).get("/api/v1/workspaces/{ws}/members", ws).then().statusCode(200);
    }

    @Test
    void exportStreamsTheFilteredMembersAndImportsBackUnchanged() {
        String g = group(Map.of("name", "群 2", "platform", "wechat"));
        String csv = "platform,platform_user_id,display_name,phone,tags,tier,points,source_channel,notes,group_id,group_role,invited_by_platform_user_id\n"
                + "wechat,wx-1,小美,13812345678,vip|宝妈,gold,10,package_card,\"a, \"\"b\"\"\nc\",,,\n"
                + "wechat,wx-2,Lei,,vip,,0,,," + g + ",admin,wx-1\n"
                + "wechat,wx-3,Other,,normal,,,,,,,\n";
        JsonPath first = await(owner.token(), ws, upload(owner.token(), ws, csv, 202));
        assertEquals(3, first.getInt("rowsImported"));
        // a second identity for wx-1 and a member without identity
        String mei = member("wechat", "wx-1").getString("id");
        Api.as(owner.token()).body(Map.of("platform", "qq", "platformUserId", "qq-1"))
                .post("/api/v1/workspaces/{ws}/members/{id}/identities", ws, mei).then().statusCode(200);

        var response = Api.as(owner.token()).accept("text/csv, application/problem+json").queryParam("tag", "vip")
                .get("/api/v1/workspaces/{ws}/members/export", ws).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"members-"))
                .contentType(containsString("text/csv")).extract();
        byte[] file = response.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("platform,platform_user_id,display_name,phone,tags,tier,points,source_channel,notes,group_id,platform_group_id,group_role,invited_by_platform_user_id",
                lines.get(0));
        assertTrue(text.contains("wechat,wx-1,小美,13812345678,vip|宝妈,gold,10,package_card,\"a, \"\"b\"\"\nc\",,,,\r\n"), text);
        assertTrue(text.contains("qq,qq-1,小美,"), text);
        assertTrue(text.contains("wechat,wx-2,Lei,,vip,,0,,," + g + ",,admin,wx-1\r\n"), text);
        assertTrue(!text.contains("wx-3"), "the filter applies: " + text);

        // analysts see masked phones
        Tokens.User analyst = Tokens.newUser("Analyst");
        Fixtures.grant(owner, ws, analyst, "analyst");
        String masked = Api.as(analyst.token()).accept("text/csv, application/problem+json")
                .get("/api/v1/workspaces/{ws}/members/export", ws).then().statusCode(200).extract().asString();
        assertTrue(masked.contains("138****5678") && !masked.contains("13812345678"), masked);
        Api.malformed(owner.token()).accept("text/csv, application/problem+json").queryParam("channel", "tiktok")
                .get("/api/v1/workspaces/{ws}/members/export", ws).then().statusCode(400);

        // round trip: the exported file imports back as it is and changes nothing
        String etag = Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{id}", ws, mei);
        String whole = Api.as(owner.token()).accept("text/csv, application/problem+json")
                .get("/api/v1/workspaces/{ws}/members/export", ws).then().statusCode(200).extract().asString();
        String id = Api.as(owner.token()).contentType("text/csv; charset=UTF-8").body(whole.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/workspaces/{ws}/member-imports", ws).then().statusCode(202).extract().path("id");
        JsonPath job = await(owner.token(), ws, id);
        assertEquals(0, job.getInt("rowsFailed"), whole);
        assertEquals(0, job.getInt("rowsImported"));
        assertEquals(4, job.getInt("rowsUpdated"));
        assertEquals(etag, Fixtures.etag(owner.token(), "/api/v1/workspaces/{ws}/members/{id}", ws, mei));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/groups/{g}", ws, g).then().body("memberCount", equalTo(1));
        Api.as(owner.token()).get("/api/v1/workspaces/{ws}/members", ws).then().body("items", hasSize(3));
    }
}
