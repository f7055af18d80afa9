package io.shequn.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.util.Arrays;

/** Enums travel as their lower-case @JsonProperty names, in JSON, query parameters and the database. */
public final class Enums {
    private Enums() {
    }

    public static String wire(Enum<?> value) {
        try {
            JsonProperty json = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return json != null ? json.value() : value.name();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <E extends Enum<E>> E fromWire(Class<E> type, String wire) {
        for (E constant : type.getEnumConstants()) {
            if (wire(constant).equals(wire)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + wire);
    }

    /** A query parameter naming an enum value: null when absent, 400 naming the parameter when unknown. */
    public static <E extends Enum<E>> E queryParam(Class<E> type, String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return fromWire(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter(name, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enums::wire).toList()));
        }
    }
}
