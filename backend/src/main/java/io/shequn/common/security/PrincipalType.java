package io.shequn.common.security;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum PrincipalType {
    @JsonProperty("user") USER,
    @JsonProperty("client") CLIENT
}
