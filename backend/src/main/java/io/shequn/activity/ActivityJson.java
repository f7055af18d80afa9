package io.shequn.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** The JSON columns of an activity (goal, promotion, settings, review, frozen results) to records and back. */
@ApplicationScoped
public class ActivityJson {
    private final ObjectMapper mapper;

    public ActivityJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T read(String value, Class<T> type) {
        try {
            return mapper.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored activity JSON is unreadable", e);
        }
    }
}
