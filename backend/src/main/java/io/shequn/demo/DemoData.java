package io.shequn.demo;

import io.quarkus.runtime.StartupEvent;
import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.config.ShequnConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The demo workspace of the run command, loaded once (its fixed id tells whether it is there).
 * Users are bound by the fixed subjects of deploy/keycloak/realm.json; "newcomer" has a
 * pending invitation to show that flow. Written as rows (SQL), like a migration's seed: no
 * principal is calling at start-up for the services to check, and the entities stay inside
 * their own packages.
 */
@ApplicationScoped
public class DemoData {
    public static final UUID WORKSPACE_ID = UUID.fromString("0190f0e0-0000-7000-8000-000000000001");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final ShequnConfig config;
    private final EntityManager em;

    public DemoData(ShequnConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    @Transactional
    void load() {
        if (!em.createNativeQuery("select 1 from workspace where workspace_id = ?1").setParameter(1, WORKSPACE_ID).getResultList().isEmpty()) {
            return;
        }
        Instant now = Times.now();
        exec("""
                insert into workspace (workspace_id, name, time_zone, currency, created_at, updated_at)
                values (?1, '小鹿母婴旗舰店', 'Asia/Shanghai', 'CNY', ?2, ?2)""", WORKSPACE_ID, now);
        user(1, "owner", "店长 王芳", "owner", now);
        user(2, "admin", "运营主管 李强", "admin", now);
        user(3, "operator", "社群运营 小美", "operator", now);
        user(4, "analyst", "数据分析 陈晨", "analyst", now);
        exec("""
                insert into workspace_access (workspace_id, access_id, principal_type, client_id, display_name, role, created_at, created_by)
                values (?1, ?2, 'client', 'shequn-partner-demo', '群助手 (demo partner bot)', 'integration', ?3, 'demo-data')""",
                WORKSPACE_ID, Ids.newId(), now);
        exec("""
                insert into workspace_invitation (workspace_id, invitation_id, email, role, status, created_at, created_by)
                values (?1, ?2, 'newcomer@shequn.demo', 'operator', 'pending', ?3, 'demo-data')""", WORKSPACE_ID, Ids.newId(), now);
        LOG.info("Loaded the demo workspace " + WORKSPACE_ID);
    }

    private void user(int n, String username, String name, String role, Instant now) {
        exec("""
                insert into workspace_access (workspace_id, access_id, principal_type, subject, email, display_name, role, created_at, created_by)
                values (?1, ?2, 'user', ?3, ?4, ?5, ?6, ?7, 'demo-data')""",
                WORKSPACE_ID, Ids.newId(), String.format("00000000-0000-4000-a000-%012d", n), username + "@shequn.demo", name, role, now);
    }

    private void exec(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }
}
