package nl.wegwijs.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Which record of a poll a batch consumer names to the error handler (ADR 26), by its index in the poll. */
class BatchRecordsTest {

    /** "skip" is a record of an unknown type; "unreadable" cannot be read; "bad" is read but cannot be applied. */
    private static BatchRecords<String> read(String... payloads) {
        List<byte[]> bytes = new ArrayList<>();
        for (String payload : payloads) {
            bytes.add(payload.getBytes(StandardCharsets.UTF_8));
        }
        Message<List<byte[]>> batch = MessageBuilder.withPayload(bytes).build();
        return BatchRecords.read(batch, (headers, payload) -> {
            String text = new String(payload, StandardCharsets.UTF_8);
            if (text.equals("unreadable")) {
                throw new IllegalArgumentException("cannot read");
            }
            return text.equals("skip") ? Optional.empty() : Optional.of(text);
        });
    }

    private static void applyOne(List<String> applied, String record) {
        if (record.equals("bad")) {
            throw new IllegalStateException("cannot apply");
        }
        applied.add(record);
    }

    @Test
    void aRecordThatCannotBeAppliedIsNamedByItsIndexInThePollAfterTheRecordsBeforeItWereApplied() {
        List<String> applied = new ArrayList<>();
        BatchRecords<String> records = read("a", "skip", "bad", "c");

        assertThatThrownBy(() -> records.applyEach(record -> applyOne(applied, record)))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(2))
                .hasRootCauseMessage("cannot apply");
        assertThat(applied).containsExactly("a");
    }

    @Test
    void whenTheBulkApplyFailsTheRecordsAreAppliedOneAtATimeToNameTheOneThatFails() {
        List<String> applied = new ArrayList<>();
        BatchRecords<String> records = read("skip", "a", "b", "bad", "c");

        assertThatThrownBy(() -> records.applyAll(
                        all -> {
                            throw new IllegalStateException("bulk write failed");
                        },
                        record -> applyOne(applied, record)))
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(3));
        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void whenEveryRecordAppliesAloneTheBulkFailureIsThrownForTheWholePoll() {
        List<String> applied = new ArrayList<>();
        BatchRecords<String> records = read("a", "b");

        assertThatThrownBy(() -> records.applyAll(
                        all -> {
                            throw new IllegalStateException("store down");
                        },
                        applied::add))
                .isNotInstanceOf(BatchListenerFailedException.class)
                .hasMessage("store down");
        assertThat(applied).containsExactly("a", "b");
    }

    @Test
    void anUnreadableRecordIsNamedAfterWhatWasReadBeforeItWasApplied() {
        List<String> applied = new ArrayList<>();
        BatchRecords<String> records = read("a", "skip", "b", "unreadable", "c");

        records.applyAll(applied::addAll, applied::add);

        assertThat(applied).containsExactly("a", "b");
        assertThatThrownBy(records::rethrowFailure)
                .isInstanceOfSatisfying(
                        BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(3))
                .hasRootCauseMessage("cannot read");
    }
}
