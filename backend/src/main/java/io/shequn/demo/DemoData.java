package io.shequn.demo;

import io.quarkus.runtime.StartupEvent;
import io.shequn.access.AccessEntry;
import io.shequn.access.Invitation;
import io.shequn.access.InvitationStatus;
import io.shequn.access.Role;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.config.ShequnConfig;
import io.shequn.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The demo workspace of the run command, loaded once (its fixed id tells whether it is there).
 * Users are bound by the fixed subjects of deploy/keycloak/realm.json; "newcomer" has a
 * pending invitation to show that flow.
 */
@ApplicationScoped
public class DemoData {
    public static final UUID WORKSPACE_ID = UUID.fromString("0190f0e0-0000-7000-8000-000000000001");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ShequnConfig config;

    public DemoData(ShequnConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    @Transactional
    void load() {
        if (Workspace.findById(WORKSPACE_ID) != null) {
            return;
        }
        var now = Times.now();
        Workspace w = new Workspace();
        w.id = WORKSPACE_ID;
        w.name = "小鹿母婴旗舰店";
        w.timeZone = "Asia/Shanghai";
        w.currency = "CNY";
        w.createdAt = now;
        w.updatedAt = now;
        w.persist();
        user(1, "owner", "店长 王芳", Role.OWNER);
        user(2, "admin", "运营主管 李强", Role.ADMIN);
        user(3, "operator", "社群运营 小美", Role.OPERATOR);
        user(4, "analyst", "数据分析 陈晨", Role.ANALYST);

        AccessEntry client = new AccessEntry();
        client.id = Ids.newId();
        client.workspaceId = WORKSPACE_ID;
        client.principalType = "client";
        client.clientId = "shequn-partner-demo";
        client.displayName = "群助手 (demo partner bot)";
        client.role = Role.INTEGRATION;
        client.createdAt = now;
        client.createdBy = "demo-data";
        client.persist();

        Invitation invitation = new Invitation();
        invitation.id = Ids.newId();
        invitation.workspaceId = WORKSPACE_ID;
        invitation.email = "newcomer@shequn.demo";
        invitation.role = Role.OPERATOR;
        invitation.status = InvitationStatus.PENDING;
        invitation.createdAt = now;
        invitation.createdBy = "demo-data";
        invitation.persist();
        LOG.info("Loaded the demo workspace " + WORKSPACE_ID);
    }

    private static void user(int n, String username, String name, Role role) {
        AccessEntry a = new AccessEntry();
        a.id = Ids.newId();
        a.workspaceId = WORKSPACE_ID;
        a.principalType = "user";
        a.subject = String.format("00000000-0000-4000-a000-%012d", n);
        a.email = username + "@shequn.demo";
        a.displayName = name;
        a.role = role;
        a.createdAt = Times.now();
        a.createdBy = "demo-data";
        a.persist();
    }
}
