package nl.wegwijs.support.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The records of one poll, as a batch consumer reads and applies them (ADR 26). Each is read in order until one cannot
 * be read; what was read is applied with {@link #applyEach} or {@link #applyAll}; then {@link #rethrowFailure()}. A
 * record that cannot be read, or cannot be applied, is named by its index in the poll to the error handler of {@link
 * BatchDeadLetters}: the records before it are committed, it alone is retried and dead-lettered, and the records after
 * it come again in the next poll. No good record goes down with a bad one.
 */
public final class BatchRecords<T> {

    private final List<T> read;
    private final List<Integer> indices;
    private final int failedAt;
    private final RuntimeException failure;

    private BatchRecords(List<T> read, List<Integer> indices, int failedAt, RuntimeException failure) {
        this.read = read;
        this.indices = indices;
        this.failedAt = failedAt;
        this.failure = failure;
    }

    /** @param reader the record's headers and payload to what it holds; empty to skip it; throws when unreadable */
    public static <T> BatchRecords<T> read(
            Message<List<byte[]>> batch, BiFunction<Map<String, Object>, byte[], Optional<? extends T>> reader) {
        List<byte[]> payloads = batch.getPayload();
        List<Map<String, Object>> headers = headers(batch, payloads.size());
        List<T> read = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            try {
                Optional<? extends T> value = reader.apply(headers.get(i), payloads.get(i));
                if (value.isPresent()) {
                    read.add(value.get());
                    indices.add(i);
                }
            } catch (RuntimeException e) {
                return new BatchRecords<>(read, indices, i, e);
            }
        }
        return new BatchRecords<>(read, indices, -1, null);
    }

    /** What the records up to the first unreadable one held, in order; records the reader skipped are left out. */
    public List<T> read() {
        return List.copyOf(read);
    }

    /** Applies each record read, in order; one that throws is named, after the records before it were applied. */
    public void applyEach(Consumer<? super T> apply) {
        for (int i = 0; i < read.size(); i++) {
            try {
                apply.accept(read.get(i));
            } catch (RuntimeException e) {
                throw failed(indices.get(i), "applied", e);
            }
        }
    }

    /**
     * Applies the records read together (one bulk write). If that throws, they are applied again one at a time with
     * {@code each}, which must therefore be idempotent, so that the record that fails is named and the others are not
     * dead-lettered with it.
     */
    public void applyAll(Consumer<List<T>> all, Consumer<? super T> each) {
        try {
            all.accept(read());
        } catch (RuntimeException e) {
            applyEach(each);
            throw e; // the records failed together but not alone: the whole poll is retried
        }
    }

    /** Hands the unreadable record, if there was one, to the error handler; call it after applying {@link #read}. */
    public void rethrowFailure() {
        if (failure != null) {
            throw failed(failedAt, "read", failure);
        }
    }

    private static BatchListenerFailedException failed(int index, String what, RuntimeException cause) {
        return new BatchListenerFailedException("Record " + index + " of the poll cannot be " + what, cause, index);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> headers(Message<List<byte[]>> batch, int size) {
        Object converted = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS);
        if (converted instanceof List<?> list && list.size() == size) {
            return (List<Map<String, Object>>) list;
        }
        Object natives = batch.getHeaders().get(KafkaHeaders.NATIVE_HEADERS);
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, Object> map = new HashMap<>();
            if (natives instanceof List<?> list && list.get(i) instanceof Headers kafka) {
                for (Header header : kafka) {
                    map.put(header.key(), header.value());
                }
            }
            headers.add(map);
        }
        return headers;
    }
}
