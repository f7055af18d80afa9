package io.shequn.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

public final class Times {
    private Times() {
    }

    /** Now, at the database's precision, so a record's representation is the same before and after a reload. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An RFC 3339 date-time with offset, as {@link OffsetDateTime#parse} reads it. The usual shape
     * (2026-11-30T10:00:00.123+08:00, or Z) is read by hand: the ingestion path reads one per
     * event and the formatter-based parser was its costliest step; anything else goes to it.
     */
    public static Instant parseRfc3339(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == ':') {
            int i = 19;
            int nanos = 0;
            boolean ok = true;
            if (s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    nanos = nanos * 10 + (s.charAt(i) - '0');
                    i++;
                }
                int digits = i - start;
                ok = digits >= 1 && digits <= 9;
                for (int k = digits; k < 9; k++) nanos *= 10;
            }
            int offset = 0;
            if (ok && i == n - 1 && s.charAt(i) == 'Z') {
                offset = 0;
            } else if (ok && i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                int hh = digits(s, i + 1, 2);
                int mm = digits(s, i + 4, 2);
                ok = hh >= 0 && mm >= 0;
                offset = (s.charAt(i) == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
            } else {
                ok = false;
            }
            int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
            int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
            if (ok && year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offset));
                } catch (DateTimeException e) {
                    // out of range: the formatter says why
                }
            }
        }
        return OffsetDateTime.parse(s).toInstant();
    }

    /** The decimal number of s[from, from + len), or -1 if a character is not a digit. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
