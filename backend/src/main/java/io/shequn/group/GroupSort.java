package io.shequn.group;

import io.shequn.common.error.Problem;
import io.shequn.common.error.ProblemException;
import java.util.Map;
import java.util.UUID;

/**
 * Sort orders of the group list with their keyset conditions: the cursor carries the sort
 * value of the last row and its id, so paging is stable while groups change.
 */
public enum GroupSort {
    CREATED("createdAt", null, false),
    CREATED_DESC("-createdAt", null, true),
    NAME("name", "name", false),
    NAME_DESC("-name", "name", true),
    MEMBERS("memberCount", "member_count", false),
    MEMBERS_DESC("-memberCount", "member_count", true);

    public final String wire;
    private final String column;
    private final boolean descending;

    GroupSort(String wire, String column, boolean descending) {
        this.wire = wire;
        this.column = column;
        this.descending = descending;
    }

    public static GroupSort fromQuery(String value) {
        if (value == null || value.isEmpty()) {
            return CREATED;
        }
        for (GroupSort s : values()) {
            if (s.wire.equals(value)) {
                return s;
            }
        }
        throw ProblemException.invalid(Problem.FieldError.parameter("sort",
                "must be one of createdAt, -createdAt, name, -name, memberCount, -memberCount"));
    }

    String orderBy() {
        String dir = descending ? " desc" : "";
        // ids are time-ordered: by id is by creation
        return column == null ? "group_id" + dir : column + dir + ", group_id" + dir;
    }

    String after(String cursor, Map<String, Object> params) {
        String op = descending ? "<" : ">";
        int bar = cursor.lastIndexOf('|');
        try {
            params.put("afterId", UUID.fromString(cursor.substring(bar + 1)));
            if (column == null) {
                return "group_id " + op + " :afterId";
            }
            String value = cursor.substring(0, Math.max(bar, 0));
            params.put("afterValue", column.equals("member_count") ? (Object) Integer.valueOf(value) : value);
            return "(" + column + ", group_id) " + op + " (:afterValue, :afterId)";
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ProblemException.invalid(Problem.FieldError.parameter("cursor", "is not a cursor this API returned for this sort"));
        }
    }

    String cursorKey(ChatGroup g) {
        return switch (this) {
            case CREATED, CREATED_DESC -> g.id.toString();
            case NAME, NAME_DESC -> g.name + "|" + g.id;
            case MEMBERS, MEMBERS_DESC -> g.memberCount + "|" + g.id;
        };
    }

}
