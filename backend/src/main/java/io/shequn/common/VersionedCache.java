package io.shequn.common;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers the ingestion path read from the database, kept per workspace and per a version
 * column of the workspace row: every transaction that changes such an answer bumps the version,
 * and a request that reads a newer version than the cache holds starts the workspace afresh.
 * Every backend replica reads the version from the database with the workspace row it reads
 * anyway, so none keeps a stale answer after the change has committed. A request that read an
 * older version than the cache holds neither reads nor fills it. Bounded: at the bound, all
 * workspaces are dropped and filled again from the database.
 */
public class VersionedCache<K, V> {
    private final int maxEntries;
    private final Map<UUID, Generation<K, V>> workspaces = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    protected VersionedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The answers of one workspace as of one version. */
    public static final class Generation<K, V> {
        private final long version;
        private final Map<K, V> values = new ConcurrentHashMap<>();
        private final AtomicInteger total;
        private final int maxEntries;

        private Generation(long version, AtomicInteger total, int maxEntries) {
            this.version = version;
            this.total = total;
            this.maxEntries = maxEntries;
        }

        /** The answer kept for a key, or null. */
        public V get(K key) {
            return values.get(key);
        }

        /** Remembers an answer; not past the bound (the next request starts every workspace afresh). */
        public void put(K key, V value) {
            if (total.get() < maxEntries && values.put(key, value) == null) {
                total.incrementAndGet();
            }
        }
    }

    /**
     * The cache of a workspace for a request that read {@code version} from the workspace row;
     * null when another request has seen a newer version already (this one must use the database).
     */
    public Generation<K, V> of(UUID workspaceId, long version) {
        if (total.get() >= maxEntries) {
            workspaces.clear();
            total.set(0);
        }
        Generation<K, V> g = workspaces.compute(workspaceId, (k, held) -> held != null && held.version >= version ? held
                : new Generation<>(version, total, maxEntries));
        return g.version == version ? g : null;
    }
}
