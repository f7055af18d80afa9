package io.shequn.insight;

import io.shequn.common.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A SQL text built piece by piece with its positional parameters in order. */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(Arrays.asList(values)); // null values are SQL nulls
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        return Jdbc.prepare(c, text.toString(), params.toArray());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
