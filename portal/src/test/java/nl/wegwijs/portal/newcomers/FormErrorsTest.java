package nl.wegwijs.portal.newcomers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    @Test
    void theApisFieldErrorsAreShownAtTheFormsFieldsAndAReferralAtTheRowItWasSentFrom() {
        IntakeForm form = IntakeForm.empty(List.of("TAALHUIS"), "2026-09-04");
        form.getReferrals().get(1).setPartner("RSD");
        form.getReferrals().get(3).setPartner("CJG");
        Map<String, Object> problem = Map.of(
                "errors",
                List.of(
                        Map.of("field", "profile.contact.address.postalCode", "message", "ongeldige postcode"),
                        Map.of("field", "referrals[1].reason", "message", "mag niet leeg zijn"),
                        Map.of("field", "referrals[0].lifeDomains", "message", "kies er een"),
                        Map.of("field", "profile.consents[0].recordedOn", "message", "niet in de toekomst")));

        FormErrors errors = FormErrors.of(problem, form);

        assertThat(errors.atFields())
                .containsEntry("postalCode", "ongeldige postcode")
                .containsEntry("referrals[3].reason", "mag niet leeg zijn")
                .containsEntry("referrals[1].lifeDomain", "kies er een")
                .hasSize(3);
        assertThat(errors.others()).containsExactly("profile.consents[0].recordedOn: niet in de toekomst");
        assertThat(errors.any()).isTrue();
    }

    @Test
    void aProblemWithoutFieldsShowsItsDetailAboveTheForm() {
        FormErrors errors = FormErrors.of(
                Map.of("detail", "De dienst is even niet bereikbaar."), IntakeForm.empty(List.of(), "2026-09-04"));

        assertThat(errors.atFields()).isEmpty();
        assertThat(errors.others()).containsExactly("De dienst is even niet bereikbaar.");
    }

    @Test
    void onlyReferralRowsWithAPartnerAreSentAndEmptyDomainsAreLeftOut() {
        IntakeForm form = IntakeForm.empty(List.of("TAALHUIS"), "2026-09-04");
        form.getReferrals().get(2).setPartner("RSD");
        form.getReferrals().get(2).setReason("  Route naar werk. ");
        form.getDomains().get(0).setSupportNeeded(true);
        form.getConsents().get(0).setStatus("GIVEN");

        Map<String, Object> body = form.body();

        assertThat((List<?>) body.get("referrals")).hasSize(1);
        assertThat(body.get("referrals").toString()).contains("reason=Route naar werk.");
        Map<?, ?> profile = (Map<?, ?>) body.get("profile");
        assertThat((List<?>) profile.get("lifeDomains")).hasSize(1);
        assertThat(profile.get("consents").toString())
                .contains("partner=TAALHUIS")
                .contains("recordedOn=2026-09-04");
    }
}
