package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.partner.ReferralResponse;
import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    private final EventReader reader = new EventReader();

    @Test
    void buildsAllSixBinaryModeHeadersAndTheContentType() {
        NewcomerErased erased = (NewcomerErased)
                reader.parse(EventType.NEWCOMER_ERASED, Resources.bytes(EventType.NEWCOMER_ERASED.sampleResource()));

        assertThat(CloudEventHeaders.of(erased, "/wegwijs/intake"))
                .containsOnly(
                        entry("ce_specversion", "1.0"),
                        entry("ce_id", "a053e172-6e8f-4cb0-9dc1-4f5061728394"),
                        entry("ce_type", "nl.wegwijs.intake.NewcomerErased.v1"),
                        entry("ce_source", "/wegwijs/intake"),
                        entry("ce_time", "2031-01-15T08:00:00Z"),
                        entry("ce_subject", "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c14"),
                        entry("content-type", "application/json"));
    }

    @Test
    void theSubjectOfAReferralEventIsTheReferralAndTheDefaultSourceItsService() {
        ReferralResponse response = (ReferralResponse) reader.parse(
                EventType.REFERRAL_RESPONSE, Resources.bytes(EventType.REFERRAL_RESPONSE.sampleResource()));

        assertThat(CloudEventHeaders.of(response))
                .containsEntry(CloudEventHeaders.SUBJECT, response.referralId().toString())
                .containsEntry(CloudEventHeaders.SOURCE, "/wegwijs/partner")
                .containsEntry(CloudEventHeaders.TYPE, "nl.wegwijs.partner.ReferralResponse.v1");
    }

    @Test
    void headerNamesAreTheKafkaBindingOnes() {
        assertThat(new String[] {
                    CloudEventHeaders.SPEC_VERSION,
                    CloudEventHeaders.ID,
                    CloudEventHeaders.TYPE,
                    CloudEventHeaders.SOURCE,
                    CloudEventHeaders.TIME,
                    CloudEventHeaders.SUBJECT
                })
                .containsExactly("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time", "ce_subject");
    }

    @Test
    void theTypeOfAReceivedRecordIsReadUnderEitherSpellingAsBytesOrText() {
        String type = "nl.wegwijs.referral.ReferralStatusChanged.v1";

        assertThat(CloudEventHeaders.type(Map.of("ce_type", type.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(type);
        assertThat(CloudEventHeaders.type(Map.of("ce-type", type))).isEqualTo(type);
        assertThat(CloudEventHeaders.type(Map.of("ce-type", type.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(type);
        assertThat(CloudEventHeaders.type(Map.of("ce_id", "x"))).isNull();
    }

    @Test
    void aReaderGivenRecordHeadersSkipsWhatHasNoKnownType() {
        assertThat(new EventReader().readRecord(Map.of("ce-type", "nl.example.Unknown.v1"), "{}".getBytes()))
                .isEmpty();
        assertThat(new EventReader().readRecord(Map.of(), "{}".getBytes())).isEmpty();
    }
}
