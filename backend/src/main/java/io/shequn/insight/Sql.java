package io.shequn.insight;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A SQL text built piece by piece with its positional parameters in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement s = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof UUID[] ids) {
                s.setArray(i + 1, c.createArrayOf("uuid", ids));
            } else if (p instanceof Instant t) {
                s.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
            } else if (p instanceof LocalDate d) {
                s.setObject(i + 1, d);
            } else {
                s.setObject(i + 1, p);
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
