package nl.wegwijs.portal.newcomers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionFormTest {

    private static final Map<String, Object> PROFILE = Map.of(
            "contact",
            Map.of("phone", "06 1111 2222"),
            "consents",
            List.of(Map.of("partner", "RSD", "status", "GIVEN", "recordedOn", "2026-09-01", "recordedBy", "intake-1")));

    @Test
    void blankFieldsAreRemovedAndAnUnchangedConsentKeepsItsDateAndWhoRecordedIt() {
        CorrectionForm form = CorrectionForm.of(PROFILE, List.of("RSD", "VLUCHTELINGENWERK"));
        form.setPhone(" ");
        form.setEmail("y@example.org");

        Map<String, Object> patch = form.mergePatch("2026-10-01");

        Map<String, Object> contact = new HashMap<>();
        contact.put("phone", null);
        contact.put("email", "y@example.org");
        contact.put("address", null);
        assertThat(patch.get("contact")).isEqualTo(contact);
        assertThat(form.getConsents())
                .extracting(CorrectionForm.ConsentEntry::getPartner)
                .containsExactly("RSD", "VLUCHTELINGENWERK");
        assertThat(patch.get("consents"))
                .isEqualTo(List.of(Map.of(
                        "partner", "RSD", "status", "GIVEN", "recordedOn", "2026-09-01", "recordedBy", "intake-1")));
    }

    @Test
    void aChangedConsentIsRecordedTodayAndItsErrorShownAtItsOwnRow() {
        CorrectionForm form = CorrectionForm.of(PROFILE, List.of("RSD", "VLUCHTELINGENWERK"));
        form.getConsents().get(1).setStatus("REFUSED");
        form.getConsents().get(0).setStatus("");

        Map<String, Object> patch = form.mergePatch("2026-10-01");

        assertThat(patch.get("consents").toString())
                .isEqualTo("[{partner=VLUCHTELINGENWERK, status=REFUSED, recordedOn=2026-10-01, recordedBy=null}]");
        assertThat(form.formField("consents[0].recordedOn")).isEqualTo("consents[1]");
        assertThat(form.formField("contact.address.postalCode")).isEqualTo("postalCode");
        assertThat(form.formField("consents")).isEqualTo("consents");
        assertThat(form.formField("languages")).isNull();
    }

    @Test
    void theStatusMessagesChoiceIsReadFromTheProfileAndSentAsConsentAndChannel() {
        Map<String, Object> profile = new HashMap<>(PROFILE);
        profile.put("statusMessages", Map.of("consent", true, "channel", "SMS"));
        CorrectionForm form = CorrectionForm.of(profile, List.of());
        assertThat(form.getMessages()).isEqualTo("SMS");

        form.setMessages("EMAIL");
        assertThat(form.mergePatch("2026-10-01").get("statusMessages"))
                .isEqualTo(Map.of("consent", true, "channel", "EMAIL"));
        form.setMessages("NONE");
        assertThat(form.mergePatch("2026-10-01").get("statusMessages")).isEqualTo(Map.of("consent", false));
        form.setMessages("");
        assertThat(form.mergePatch("2026-10-01")).containsEntry("statusMessages", null);
        assertThat(form.formField("statusMessages.channel")).isEqualTo("messages");
        assertThat(CorrectionForm.of(PROFILE, List.of()).getMessages()).isNull();
    }
}
