package io.shequn.common.idempotency;

import io.shequn.common.Times;
import io.shequn.common.config.ShequnConfig;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import io.shequn.common.error.ProblemType;
import io.shequn.common.http.Etags;
import io.shequn.common.security.CurrentPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Idempotency-Key on POST. The key's record is written in the same transaction as the write
 * it protects, so either both exist or neither does: a retry after a crash simply runs again.
 * A transaction-scoped advisory lock on the key makes a concurrent duplicate answer 409
 * instead of waiting. Only successful responses are kept; an error wrote nothing.
 */
@ApplicationScoped
public class Idempotency {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final UUID NO_WORKSPACE = new UUID(0, 0);

    private final EntityManager em;
    private final CurrentPrincipal principal;
    private final Etags etags;
    private final ShequnConfig config;

    public Idempotency(EntityManager em, CurrentPrincipal principal, Etags etags, ShequnConfig config) {
        this.em = em;
        this.principal = principal;
        this.etags = etags;
        this.config = config;
    }

    @Transactional
    public Response run(String key, UUID workspaceId, String path, Object body, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        validate(key);
        var scope = new IdempotencyRecord.Scope(workspaceId == null ? NO_WORKSPACE : workspaceId,
                principal.get().key(), "POST", path, key);
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, lockId(scope))
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_IN_FLIGHT,
                    "The first request with this Idempotency-Key has not finished; retry in a moment.");
        }
        String requestHash = sha256(etags.serialize(body));
        IdempotencyRecord previous = IdempotencyRecord.findById(scope);
        if (previous != null && previous.createdAt.isAfter(Times.now().minus(config.idempotency().retention()))) {
            if (!previous.requestHash.equals(requestHash)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used with another request body; use a new key for a new request.",
                        List.of(Problem.FieldError.header(HEADER, "was used with another request body")));
            }
            return replay(previous);
        }
        if (previous != null) {
            previous.delete();
            em.flush();
        }
        Response response = write.get();
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            IdempotencyRecord record = new IdempotencyRecord();
            record.scope = scope;
            record.requestHash = requestHash;
            record.responseStatus = response.getStatus();
            record.responseBody = response.hasEntity() ? new String(etags.serialize(response.getEntity()), StandardCharsets.UTF_8) : null;
            record.location = response.getHeaderString(HttpHeaders.LOCATION);
            record.createdAt = Times.now();
            record.persist();
        }
        return response;
    }

    /** Deletes keys past their retention; called by a scheduled job. */
    @Transactional
    public long purgeExpired() {
        return IdempotencyRecord.delete("createdAt < ?1", Times.now().minus(config.idempotency().retention()));
    }

    private static Response replay(IdempotencyRecord previous) {
        Response.ResponseBuilder r = Response.status(previous.responseStatus).header(REPLAYED_HEADER, "true");
        if (previous.location != null) {
            r.header(HttpHeaders.LOCATION, previous.location);
        }
        if (previous.responseBody != null) {
            r.entity(previous.responseBody.getBytes(StandardCharsets.UTF_8)).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return r.build();
    }

    private static void validate(String key) {
        boolean printable = !key.isEmpty() && key.length() <= 255 && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (!printable) {
            throw ProblemException.invalid(Problem.FieldError.header(HEADER, "must be 1-255 printable ASCII characters without spaces"));
        }
    }

    private static long lockId(IdempotencyRecord.Scope scope) {
        byte[] digest = digest(String.join("\n", scope.workspaceId().toString(), scope.principal(), scope.method(), scope.path(), scope.key())
                .getBytes(StandardCharsets.UTF_8));
        long id = 0;
        for (int i = 0; i < 8; i++) {
            id = (id << 8) | (digest[i] & 0xff);
        }
        return id;
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest(bytes));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
