package nl.wegwijs.portal.newcomers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpFormTest {

    private static final List<Map<String, Object>> REFERRALS = List.of(
            Map.of("referralId", "11111111-1111-1111-1111-111111111111", "partner", "RSD", "status", "ACCEPTED"),
            Map.of("referralId", "22222222-2222-2222-2222-222222222222", "partner", "CJG", "status", "CANCELLED"),
            Map.of("referralId", "33333333-3333-3333-3333-333333333333", "partner", "TAALHUIS", "status", "RECEIVED"));

    @Test
    void everyReferralNotCancelledIsOfferedForReviewAndSentWithItsPickUp() {
        FollowUpForm form = FollowUpForm.forOpenReferrals(REFERRALS, "2027-03-01");
        form.getReviews().get(0).setPickUp("PICKED_UP");
        form.setLanguageLevel("A2");
        form.setContactsWithResidents(" 3 ");
        form.setParticipation("VOLUNTEERING");
        form.setActivitiesJoined("buurthuis, voetbal ,");
        form.setSatisfied(true);

        Map<String, Object> body = form.body();

        assertThat(form.getReviews())
                .extracting(FollowUpForm.ReviewEntry::getPartner)
                .containsExactly("RSD", "TAALHUIS");
        assertThat(body.get("heldOn")).isEqualTo("2027-03-01");
        assertThat(body.get("referralReviews"))
                .hasToString("[{referralId=11111111-1111-1111-1111-111111111111, pickUp=PICKED_UP},"
                        + " {referralId=33333333-3333-3333-3333-333333333333, pickUp=null}]");
        assertThat(body.get("pillars").toString())
                .contains("level=A2")
                .contains("contactsWithResidents=3")
                .contains("participation=VOLUNTEERING")
                .contains("activitiesJoined=[buurthuis, voetbal]")
                .contains("satisfied=true");
    }

    @Test
    void theApisFieldErrorsAreShownAtTheFormsFields() {
        Map<String, Object> problem = Map.of(
                "errors",
                List.of(
                        Map.of("field", "pillars.language.level", "message", "is verplicht"),
                        Map.of("field", "referralReviews[1].pickUp", "message", "kies er een"),
                        Map.of("field", "referralReviews", "message", "mist de open verwijzing")));

        FormErrors errors = FormErrors.of(problem, FollowUpForm::formField);

        assertThat(errors.atFields())
                .containsEntry("languageLevel", "is verplicht")
                .containsEntry("reviews[1].pickUp", "kies er een")
                .hasSize(2);
        assertThat(errors.others()).containsExactly("referralReviews: mist de open verwijzing");
    }
}
