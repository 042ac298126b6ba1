package nl.wegwijs.support.kafka;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;

/**
 * Takes the stack trace headers off a record before it is sent: the binder puts the whole trace of a failed
 * record's exception on its dead letter, which tells anyone who can read that topic the service's internals. The
 * exception's class and message stay.
 */
public class NoStackTraceHeaders implements ProducerInterceptor<Object, Object> {

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        for (Header header : record.headers().toArray()) {
            if (header.key().toLowerCase(Locale.ROOT).contains("stacktrace")) {
                record.headers().remove(header.key());
            }
        }
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

    @Override
    public void close() {}

    @Override
    public void configure(Map<String, ?> configs) {}
}
