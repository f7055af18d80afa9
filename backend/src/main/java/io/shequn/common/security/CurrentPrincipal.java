package io.shequn.common.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the caller from the validated access token. A Keycloak client-credentials token
 * (a partner tool) is recognised by its client_id claim or its service-account user name;
 * its client id is the authorized party (azp).
 */
@RequestScoped
public class CurrentPrincipal {

    private final SecurityIdentity identity;
    private Principal principal;

    public CurrentPrincipal(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Principal get() {
        if (principal == null) {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                throw new UnauthorizedException();
            }
            principal = fromToken(token);
        }
        return principal;
    }

    static Principal fromToken(JsonWebToken token) {
        String azp = token.getClaim("azp");
        String clientIdClaim = firstNonNull(token.getClaim("client_id"), token.getClaim("clientId"));
        String userName = token.getClaim("preferred_username");
        boolean serviceAccount = clientIdClaim != null || (userName != null && userName.startsWith("service-account-"));
        if (serviceAccount) {
            String clientId = firstNonNull(azp, clientIdClaim);
            if (clientId == null) {
                throw new UnauthorizedException();
            }
            return new Principal(PrincipalType.CLIENT, token.getSubject(), clientId, null, false, clientId);
        }
        if (token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        Object verified = token.getClaim("email_verified");
        boolean emailVerified = verified instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(verified));
        String name = firstNonNull(token.getClaim("name"), userName);
        return new Principal(PrincipalType.USER, token.getSubject(), null, token.getClaim("email"), emailVerified, name);
    }

    private static String firstNonNull(Object a, Object b) {
        Object v = a != null ? a : b;
        return v == null ? null : v.toString();
    }
}
