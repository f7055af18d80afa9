package io.shequn.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shequn.common.Enums;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

public enum InvitationStatus {
    @JsonProperty("pending") PENDING,
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("revoked") REVOKED;

    @Converter(autoApply = true)
    public static class DbConverter implements AttributeConverter<InvitationStatus, String> {
        @Override
        public String convertToDatabaseColumn(InvitationStatus status) {
            return status == null ? null : Enums.wire(status);
        }

        @Override
        public InvitationStatus convertToEntityAttribute(String value) {
            return value == null ? null : Enums.fromWire(InvitationStatus.class, value);
        }
    }
}
