package io.shequn.common;

import java.security.SecureRandom;
import java.util.UUID;

/** Time-ordered UUIDs (RFC 9562 version 7): ids sort by creation and index well. */
public final class Ids {
    /**
     * One generator per thread: the ingestion path makes thousands of ids per request, and a
     * shared SecureRandom serialises every thread on its lock.
     */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(Ids::generator);

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private Ids() {
    }

    public static UUID newId() {
        long millis = System.currentTimeMillis();
        byte[] r = new byte[10];
        RANDOM.get().nextBytes(r);
        long randA = ((r[0] & 0xFFL) << 4 | (r[1] & 0xFFL) >>> 4) & 0xFFF;
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = randB << 8 | (r[i] & 0xFFL);
        }
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
