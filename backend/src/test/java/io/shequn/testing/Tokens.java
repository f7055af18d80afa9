package io.shequn.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.UUID;

/**
 * Real RS256 tokens signed with the key of the test OIDC server (quarkus-test-oidc-server),
 * verified by the backend exactly as Keycloak's are.
 */
public final class Tokens {
    private static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    /** A user with a verified email, as the console's login gives. */
    public record User(String subject, String email, String token) {
    }

    public static User newUser(String name) {
        String subject = UUID.randomUUID().toString();
        String email = name.toLowerCase() + "-" + subject.substring(0, 8) + "@example.com";
        return new User(subject, email, user(subject, email, true, name));
    }

    public static String user(String subject, String email, boolean emailVerified, String name) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(ISSUER)
                .subject(subject)
                .claim("azp", "shequn-console")
                .claim("email", email)
                .claim("email_verified", emailVerified)
                .claim("name", name)
                .claim("preferred_username", name.toLowerCase())
                .expiresIn(600)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** A partner tool's client-credentials token, shaped like Keycloak's service-account tokens. */
    public static String client(String clientId) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(ISSUER)
                .subject(UUID.randomUUID().toString())
                .claim("azp", clientId)
                .claim("client_id", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .expiresIn(600)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }

    /** Signed by the right key but expired. */
    public static String expired(String subject) {
        return Jwt.claims()
                .issuer(ISSUER)
                .audience(ISSUER)
                .subject(subject)
                .issuedAt(System.currentTimeMillis() / 1000 - 3600)
                .expiresAt(System.currentTimeMillis() / 1000 - 1800)
                .jws().keyId("1")
                .sign("privateKey.jwk");
    }
}
