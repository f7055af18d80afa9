package io.shequn.common.audit;

import io.shequn.common.Ids;
import io.shequn.common.Times;
import io.shequn.common.paging.Page;
import io.shequn.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit log: written in the transaction of each change, read newest first (access.AuditResource). */
@ApplicationScoped
public class AuditLog {

    public record AuditView(UUID id, Instant occurredAt, String actor, String action, String entityType, UUID entityId,
                            Map<String, Object> details) {
    }

    /** Records a change; must run inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID workspaceId, String actor, String action, String entityType, UUID entityId, Map<String, Object> details) {
        AuditEntry entry = new AuditEntry();
        entry.id = Ids.newId();
        entry.workspaceId = workspaceId;
        entry.occurredAt = Times.now();
        entry.actor = actor;
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.details = details;
        entry.persist();
    }

    /** A page of the workspace's entries, newest first, of one entity type and one entity when given (null: any). */
    @Transactional
    public Page<AuditView> page(UUID workspaceId, String entityType, UUID entityId, PageRequest page) {
        StringBuilder q = new StringBuilder("workspaceId = ?1");
        List<Object> params = new ArrayList<>(List.of(workspaceId));
        if (entityType != null) {
            params.add(entityType);
            q.append(" and entityType = ?").append(params.size());
        }
        if (entityId != null) {
            params.add(entityId);
            q.append(" and entityId = ?").append(params.size());
        }
        if (page.afterId() != null) {
            params.add(page.afterId());
            q.append(" and id < ?").append(params.size());
        }
        List<AuditEntry> rows = AuditEntry.<AuditEntry>find(q + " order by id desc", params.toArray()).page(0, page.fetchSize()).list();
        return Page.of(rows, page, a -> new AuditView(a.id, a.occurredAt, a.actor, a.action, a.entityType, a.entityId,
                a.details == null ? Map.of() : a.details), a -> a.id.toString());
    }
}
