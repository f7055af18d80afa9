package io.shequn.common.security;

/**
 * The caller, as the OIDC token tells: a user (subject) or a partner client (client id).
 * Roles are not taken from the token; they come from the workspace's access table.
 */
public record Principal(PrincipalType type, String subject, String clientId, String email, boolean emailVerified, String name) {

    /** Stable key of the caller, used to scope idempotency keys and in the audit log. */
    public String key() {
        return type == PrincipalType.USER ? "user:" + subject : "client:" + clientId;
    }

    public boolean isUser() {
        return type == PrincipalType.USER;
    }

    /** The email that may claim invitations: only a verified one, lower-cased. */
    public String verifiedEmail() {
        return emailVerified && email != null ? email.toLowerCase(java.util.Locale.ROOT) : null;
    }
}
