package io.shequn.common.audit;

import io.shequn.common.Ids;
import io.shequn.common.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AuditLog {

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
}
