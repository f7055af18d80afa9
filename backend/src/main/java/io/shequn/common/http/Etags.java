package io.shequn.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags are a hash of the JSON representation, the same bytes the client got. One
 * rule for records and list pages alike; a write compares If-Match with the tag of the
 * record's current representation, computed under a row lock.
 */
@ApplicationScoped
public class Etags {

    private final ObjectMapper mapper;

    public Etags(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] serialize(Object representation) {
        try {
            return mapper.writeValueAsBytes(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + representation.getClass(), e);
        }
    }

    public String of(Object representation) {
        return ofBytes(serialize(representation));
    }

    public static String ofBytes(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The If-Match precondition of PATCH, PUT and DELETE: required (428), and it must match
     * the current representation's tag with strong comparison (412).
     */
    public void requireMatch(String ifMatch, Object currentRepresentation) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send the record's current ETag in If-Match; GET the record to obtain it.",
                    java.util.List.of(Problem.FieldError.header("If-Match", "is required")));
        }
        if (ifMatch.trim().equals("*")) {
            return;
        }
        String current = of(currentRepresentation);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The record was changed since you read it; GET it again and retry with the new ETag.");
        }
    }

    /** If-None-Match with weak comparison, as RFC 9110 says for GET. */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(opaque::equals);
    }
}
