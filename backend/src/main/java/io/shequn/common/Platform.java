package io.shequn.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Chat platforms where groups live; Shequn never talks to them itself, partner tools do. */
public enum Platform {
    @JsonProperty("wechat") WECHAT,
    @JsonProperty("wecom") WECOM,
    @JsonProperty("qq") QQ,
    @JsonProperty("wangwang") WANGWANG,
    @JsonProperty("dingtalk") DINGTALK,
    @JsonProperty("telegram") TELEGRAM,
    @JsonProperty("whatsapp") WHATSAPP,
    @JsonProperty("discord") DISCORD,
    @JsonProperty("other") OTHER
}
