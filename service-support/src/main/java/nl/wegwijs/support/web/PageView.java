package nl.wegwijs.support.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a list: its items, which page, how many per page, how many in all and on how many pages. The same shape
 * in every service's lists (README, The API by example).
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(
                page.getContent().stream().map(view).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
