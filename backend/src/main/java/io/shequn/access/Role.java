package io.shequn.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shequn.common.Enums;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumSet;
import java.util.Set;

/** A principal's role in one workspace (the product's access table, not the token). */
public enum Role {
    @JsonProperty("owner") OWNER,
    @JsonProperty("admin") ADMIN,
    @JsonProperty("operator") OPERATOR,
    /** Read-only; personal data masked. */
    @JsonProperty("analyst") ANALYST,
    /** Partner tools: push events and read. */
    @JsonProperty("integration") INTEGRATION;

    public static final Set<Role> ANY = EnumSet.allOf(Role.class);
    public static final Set<Role> MANAGERS = EnumSet.of(OWNER, ADMIN);

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<Role, String> {
        @Override
        public String convertToDatabaseColumn(Role role) {
            return role == null ? null : Enums.wire(role);
        }

        @Override
        public Role convertToEntityAttribute(String value) {
            return value == null ? null : Enums.fromWire(Role.class, value);
        }
    }
}
