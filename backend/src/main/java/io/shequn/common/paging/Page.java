package io.shequn.common.paging;

import java.util.List;
import java.util.function.Function;

/** A page of a list: the items and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Builds a page from up to limit + 1 rows fetched in sort order: the extra row only tells
     * that another page exists.
     */
    public static <R, T> Page<T> of(List<R> rows, PageRequest request, Function<R, T> toItem, Function<R, String> sortKey) {
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? Cursor.encode(sortKey.apply(shown.get(shown.size() - 1))) : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
