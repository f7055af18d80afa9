package io.shequn.common.paging;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque cursors: the sort key of the last row shown, versioned so the format can change. */
public final class Cursor {
    private static final String VERSION = "v1:";

    private Cursor() {
    }

    public static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + sortKey).getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(VERSION)) {
                return raw.substring(VERSION.length());
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the problem below
        }
        throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned"));
    }
}
