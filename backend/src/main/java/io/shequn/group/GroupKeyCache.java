package io.shequn.group;

import io.shequn.common.VersionedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Which group a platform group id (or a group id) of an event stands for, with its platform and
 * assigned operators, as the ingestion path last read it: a batch names a few hundred groups,
 * the same ones batch after batch. Kept per workspace and per {@code workspace.group_key_version}
 * (common.VersionedCache), which {@link #changed} bumps when a group's platform group id or
 * assigned operators change. Groups are never deleted, and a new group is a key not cached yet.
 */
@ApplicationScoped
public class GroupKeyCache extends VersionedCache<GroupKeyCache.Key, GroupKeyCache.Group> {
    static final int MAX_ENTRIES = 200_000;

    /** How an event names a group: by its id, or by platform and platform group id. */
    public record Key(UUID id, String platform, String platformGroupId) {
        public static Key of(UUID id) {
            return new Key(id, null, null);
        }

        public static Key of(String platform, String platformGroupId) {
            return new Key(null, platform, platformGroupId);
        }
    }

    /** A group as the ingestion path needs it; kept under both its keys. */
    public record Group(UUID id, String platform, UUID[] assignedOperatorIds) {
    }

    public GroupKeyCache() {
        super(MAX_ENTRIES);
    }

    /** Records, in the caller's transaction, that a group's keys or assignments changed: caches of every backend start afresh. */
    public static void changed(EntityManager em, UUID workspaceId) {
        em.createNativeQuery("update workspace set group_key_version = group_key_version + 1 where workspace_id = ?1")
                .setParameter(1, workspaceId).executeUpdate();
    }
}
