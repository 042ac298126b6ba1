package nl.wegwijs.support.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

    @Test
    void forgetsTheEntryUsedLeastRecentlyOnceFull() {
        Map<String, Integer> map = LeastRecentlyUsed.map(2);
        map.put("a", 1);
        map.put("b", 2);
        map.get("a"); // b is now the least recently used
        map.put("c", 3);

        assertThat(map).containsOnlyKeys("a", "c");
    }
}
