package nl.wegwijs.support.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The records of one poll, as a batch consumer reads them (ADR 26): each is read in order until one cannot be read.
 * The consumer applies what was read, then calls {@link #rethrowFailure()}, which names that record to the error
 * handler of {@link BatchDeadLetters}: the records before it are committed, it is retried and dead-lettered, and the
 * records after it come again in the next poll.
 *
 * @param read what the records up to the first unreadable one held, in order; records the reader skips are left out
 * @param failedAt the index of the unreadable record in the poll, or -1
 */
public record BatchRecords<T>(List<T> read, int failedAt, RuntimeException failure) {

    /** @param reader the record's headers and payload to what it holds; empty to skip it; throws when unreadable */
    public static <T> BatchRecords<T> read(
            Message<List<byte[]>> batch, BiFunction<Map<String, Object>, byte[], Optional<? extends T>> reader) {
        List<byte[]> payloads = batch.getPayload();
        List<Map<String, Object>> headers = headers(batch, payloads.size());
        List<T> read = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            try {
                reader.apply(headers.get(i), payloads.get(i)).ifPresent(read::add);
            } catch (RuntimeException e) {
                return new BatchRecords<>(read, i, e);
            }
        }
        return new BatchRecords<>(read, -1, null);
    }

    /** Hands the unreadable record, if there was one, to the error handler; call it after applying {@link #read}. */
    public void rethrowFailure() {
        if (failure != null) {
            throw new BatchListenerFailedException(
                    "Record " + failedAt + " of the poll cannot be read", failure, failedAt);
        }
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
