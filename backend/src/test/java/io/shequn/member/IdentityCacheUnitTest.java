package io.shequn.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.shequn.common.VersionedCache;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The versioning and the bound of the identity cache, without a database. */
class IdentityCacheUnitTest {
    private final IdentityCache cache = new IdentityCache();
    private final UUID ws = UUID.randomUUID();
    private final IdentityCache.Member mei = new IdentityCache.Member(UUID.randomUUID(), false);

    @Test
    void aNewerVersionStartsAfreshAndAnOlderReaderGetsNoCache() {
        VersionedCache.Generation<IdentityCache.Key, IdentityCache.Member> v1 = cache.of(ws, 1);
        v1.put(new IdentityCache.Key("wechat", "wx-mei"), mei);
        assertSame(v1, cache.of(ws, 1), "the same version: the same cache");
        assertEquals(mei, cache.of(ws, 1).get(new IdentityCache.Key("wechat", "wx-mei")));

        VersionedCache.Generation<IdentityCache.Key, IdentityCache.Member> v2 = cache.of(ws, 2);
        assertNotSame(v1, v2, "a merge, an erasure or a staff change bumped the version");
        assertNull(v2.get(new IdentityCache.Key("wechat", "wx-mei")), "nothing read before the change is kept");
        // a request that read the workspace row before the bump committed must not use or fill the cache
        assertNull(cache.of(ws, 1));
        v1.put(new IdentityCache.Key("wechat", "wx-late"), mei); // its late fill lands in the old generation only
        assertNull(cache.of(ws, 2).get(new IdentityCache.Key("wechat", "wx-late")));
        assertNull(cache.of(UUID.randomUUID(), 0).get(new IdentityCache.Key("wechat", "wx-mei")), "workspaces are apart");
    }

    @Test
    void atTheBoundEverythingIsDroppedAndFilledAgain() {
        VersionedCache.Generation<IdentityCache.Key, IdentityCache.Member> g = cache.of(ws, 0);
        for (int i = 0; i < IdentityCache.MAX_ENTRIES + 10; i++) {
            g.put(new IdentityCache.Key("wechat", "u-" + i), mei);
        }
        assertNull(g.get(new IdentityCache.Key("wechat", "u-" + (IdentityCache.MAX_ENTRIES + 5))), "nothing is added past the bound");
        VersionedCache.Generation<IdentityCache.Key, IdentityCache.Member> again = cache.of(ws, 0);
        assertNotSame(g, again, "the next request starts afresh");
        assertNull(again.get(new IdentityCache.Key("wechat", "u-1")));
        again.put(new IdentityCache.Key("wechat", "u-1"), mei);
        assertEquals(mei, again.get(new IdentityCache.Key("wechat", "u-1")), "and fills it again");
    }
}
