package nl.wegwijs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerCodeTest {

    @Test
    void aNewPartnerIsJustAnotherCode() {
        PartnerCode vluchtelingenwerk = PartnerCode.of("VLUCHTELINGENWERK");

        assertThat(vluchtelingenwerk.topicSlug()).isEqualTo("vluchtelingenwerk");
        assertThat(PartnerCode.of("MEANDER_OMNIUM").topicSlug()).isEqualTo("meander-omnium");
    }

    @Test
    void equalCodesAreEqual() {
        assertThat(PartnerCode.of("CJG")).isEqualTo(PartnerCode.CJG).hasToString("CJG");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rsd", "Samen_Oplopen", "SAMEN-OPLOPEN", "1RSD", "_RSD", "SAMEN OPLOPEN"})
    void refusesCodesThatAreNotUpperCaseWithUnderscores(String code) {
        assertThatThrownBy(() -> PartnerCode.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partner code");
        assertThat(PartnerCode.isValid(code)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> PartnerCode.of(null)).hasMessage("partner code is required");
    }

    @Test
    void isAPlainStringInJson() {
        assertThat(EventJson.mapper().writeValueAsString(PartnerCode.SAMEN_OPLOPEN))
                .isEqualTo("\"SAMEN_OPLOPEN\"");
        assertThat(EventJson.mapper().readValue("\"SOCIAAL_TEAM\"", PartnerCode.class))
                .isEqualTo(PartnerCode.SOCIAAL_TEAM);
    }
}
