package nl.wegwijs.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import nl.wegwijs.contracts.partner.ReferralResponse;
import org.junit.jupiter.api.Test;

/** A record in CloudEvents structured mode: the envelope names the type and carries the event as its data. */
class StructuredModeTest {

    private static final Map<String, Object> STRUCTURED =
            Map.of(CloudEventHeaders.CONTENT_TYPE, "application/cloudevents+json; charset=UTF-8".getBytes(UTF_8));
    private static final String TYPE = "nl.wegwijs.partner.ReferralResponse.v1";

    private final EventReader reader = new EventReader();
    private final String response = new String(Resources.bytes("/samples/ReferralResponse.json"), UTF_8);

    @Test
    void readsTheDataOfAStructuredEventByItsEnvelopesType() {
        byte[] envelope = envelope("\"type\":\"" + TYPE + "\",\"data\":" + response);

        assertThat(reader.recordType(STRUCTURED, envelope)).isEqualTo(TYPE);
        assertThat(reader.readRecord(STRUCTURED, envelope)).get().isInstanceOf(ReferralResponse.class);
    }

    @Test
    void readsDataGivenInBase64() {
        String base64 = Base64.getEncoder().encodeToString(response.getBytes(UTF_8));

        assertThat(reader.readRecord(
                        STRUCTURED, envelope("\"type\":\"" + TYPE + "\",\"data_base64\":\"" + base64 + "\"")))
                .get()
                .isInstanceOf(ReferralResponse.class);
    }

    @Test
    void anEnvelopeWithoutAKnownTypeHasNoEvent() {
        assertThat(reader.recordType(STRUCTURED, envelope("\"data\":{}"))).isNull();
        assertThat(reader.readRecord(STRUCTURED, envelope("\"type\":\"nl.example.Other.v1\",\"data\":{}")))
                .isEmpty();
        assertThat(reader.recordType(STRUCTURED, "not json".getBytes(UTF_8))).isNull();
    }

    @Test
    void aBinaryModeRecordIsReadByItsHeaderWhateverItsContentType() {
        Map<String, Object> binary = Map.of(
                CloudEventHeaders.CONTENT_TYPE, "application/json", CloudEventHeaders.TYPE, TYPE.getBytes(UTF_8));

        assertThat(reader.readRecord(binary, response.getBytes(UTF_8))).get().isInstanceOf(ReferralResponse.class);
    }

    private static byte[] envelope(String fields) {
        return ("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/partners/rsd\"," + fields + "}").getBytes(UTF_8);
    }
}
