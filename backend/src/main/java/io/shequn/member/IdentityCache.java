package io.shequn.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which member a platform identity stands for, and whether that member is staff, as the
 * ingestion path last read it: most events come from people seen before, and looking each one
 * up was the second cost of a batch in PostgreSQL (docs/benchmarks.md, section 3).
 *
 * <p>Kept per workspace and per {@code workspace.identity_version}: a merge, an erasure or a
 * change of a staff flag bumps the version in its transaction ({@link #changed}), and a request
 * that reads a newer version than the cache holds starts the workspace afresh. Every backend
 * replica reads the version from the database, so none keeps a stale answer after the change
 * has committed. A request that read an older version than the cache holds neither reads nor
 * fills it. Bounded: at {@link #MAX_ENTRIES} identities in all, everything is dropped and
 * filled again from the database (about 60 MB of heap at the bound).
 */
@ApplicationScoped
public class IdentityCache {
    static final int MAX_ENTRIES = 300_000;

    /** A member as the ingestion path needs it. */
    public record Member(UUID memberId, boolean staff) {
    }

    /** The identities of one workspace as of one version. */
    public static final class Generation {
        private final long version;
        private final Map<String, Member> members = new ConcurrentHashMap<>();
        private final AtomicInteger total;

        private Generation(long version, AtomicInteger total) {
            this.version = version;
            this.total = total;
        }

        /** The member of an identity key (platform + "\n" + platform user id), or null. */
        public Member get(String identityKey) {
            return members.get(identityKey);
        }

        /** Remembers a member; not past the bound (the next request starts every workspace afresh). */
        public void put(String identityKey, Member member) {
            if (total.get() < MAX_ENTRIES && members.put(identityKey, member) == null) {
                total.incrementAndGet();
            }
        }
    }

    private final Map<UUID, Generation> workspaces = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    /**
     * The cache of a workspace for a request that read {@code version} from the workspace row;
     * null when another request has seen a newer version already (this one must use the database).
     */
    public Generation of(UUID workspaceId, long version) {
        if (total.get() >= MAX_ENTRIES) {
            workspaces.clear();
            total.set(0);
        }
        Generation g = workspaces.compute(workspaceId, (k, held) -> held != null && held.version >= version ? held
                : new Generation(version, total));
        return g.version == version ? g : null;
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
