package io.shequn.member;

import io.shequn.common.VersionedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Which member a platform identity stands for, and whether that member is staff, as the
 * ingestion path last read it: most events come from people seen before, and looking each one
 * up was the second cost of a batch in PostgreSQL (docs/benchmarks.md, section 3).
 *
 * <p>Kept per workspace and per {@code workspace.identity_version} (common.VersionedCache): a
 * merge, an erasure or a change of a staff flag bumps the version in its transaction
 * ({@link #changed}). At {@link #MAX_ENTRIES} identities in all (about 60 MB of heap),
 * everything is dropped and filled again from the database.
 */
@ApplicationScoped
public class IdentityCache extends VersionedCache<IdentityCache.Key, IdentityCache.Member> {
    static final int MAX_ENTRIES = 300_000;

    /** A member as the ingestion path needs it; kept under its identity {@link Key}. */
    /** A member identity: the cache's key. */
    public record Key(String platform, String platformUserId) {
    }

    public record Member(UUID memberId, boolean staff) {
    }

    public IdentityCache() {
        super(MAX_ENTRIES);
    }

    /**
     * Records, in the caller's transaction, that which member an identity stands for (or a
     * member's staff flag) changed in the workspace: caches of every backend are started afresh.
     */
    public static void changed(EntityManager em, UUID workspaceId) {
        em.createNativeQuery("update workspace set identity_version = identity_version + 1 where workspace_id = ?1")
                .setParameter(1, workspaceId).executeUpdate();
    }
}
