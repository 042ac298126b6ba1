package nl.wegwijs.referral.responses;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.referral.messaging.Records;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Records on a partner's responses topic that are no response: no type, a type nobody knows, or another event. A
 * partner's system sent them, so they are refused where the coordinator's audit sees them and counted in
 * {@code wegwijs.partner.records.unreadable{partner,reason}} (every partner and reason from zero), never skipped.
 */
@Component
class UnreadableRecords {

    static final String NAME = "wegwijs.partner.records.unreadable";
    static final String MISSING_TYPE = "MISSING_TYPE";
    static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    static final String NOT_A_RESPONSE = "NOT_A_RESPONSE";
    private static final int MAX_LENGTH = 200;

    private final MeterRegistry registry;
    private final SecurityEvents security;

    UnreadableRecords(MeterRegistry registry, PartnerDirectory directory, SecurityEvents security) {
        this.registry = registry;
        this.security = security;
        for (Partner partner : directory.partners()) {
            List.of(MISSING_TYPE, UNKNOWN_TYPE, NOT_A_RESPONSE).forEach(reason -> counter(partner.code(), reason));
        }
    }

    /** @param known whether the type is one of the published language (then it is another event than a response) */
    void refuse(PartnerCode from, Message<byte[]> message, String type, boolean known) {
        String reason = type == null || type.isBlank() ? MISSING_TYPE : known ? NOT_A_RESPONSE : UNKNOWN_TYPE;
        security.unreadable(
                Topics.partnerResponses(from),
                message.getHeaders().get(KafkaHeaders.RECEIVED_PARTITION),
                message.getHeaders().get(KafkaHeaders.OFFSET),
                printable(Records.header(message, KafkaHeaders.RECEIVED_KEY)),
                printable(type),
                reason);
        counter(from, reason).increment();
    }

    /** What a partner wrote, cut to a short length and without control characters, so it cannot forge log lines. */
    private static String printable(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private Counter counter(PartnerCode partner, String reason) {
        return Counter.builder(NAME)
                .description("Records on a partner's responses topic that are no response, refused")
                .tag("partner", partner.value())
                .tag("reason", reason)
                .register(registry);
    }
}
