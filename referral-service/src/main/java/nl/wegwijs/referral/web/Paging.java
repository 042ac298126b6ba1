package nl.wegwijs.referral.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Checks the {@code page} and {@code size} query parameters. */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {}

    /** @throws InvalidParameter naming the parameter out of range */
    public static Pageable of(int page, int size) {
        if (page < 0) {
            throw new InvalidParameter("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameter("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }
}
