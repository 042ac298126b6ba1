package nl.wegwijs.support.web;

import nl.wegwijs.support.problem.InvalidInputException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Checks the {@code page} and {@code size} query parameters of a list ({@link PageView}). */
public final class Paging {

    public static final int MAX_SIZE = 100;
    /** Beyond any list this platform holds; a larger number would overflow the offset and the page count. */
    public static final int MAX_PAGE = 10_000;

    private Paging() {}

    /** @throws InvalidInputException naming the parameter out of range */
    public static Pageable of(int page, int size) {
        if (page < 0) {
            throw InvalidInputException.of("page", "field.page-min");
        }
        if (page > MAX_PAGE) {
            throw InvalidInputException.of("page", "field.page-max", MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInputException.of("size", "field.size-range", MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
