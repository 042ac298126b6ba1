package nl.wegwijs.portal.municipality;

import java.util.Map;
import java.util.UUID;
import nl.wegwijs.portal.directory.Partners;
import nl.wegwijs.portal.household.Households;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Where the coordinator's and the intake officer's mail links lead: the referral with its timeline (until the
 * coordinator's own page exists), and the page of the newcomer whose follow-up is overdue.
 */
@Controller
class MunicipalityPagesController {

    private final RestClient referralApi;
    private final Households households;
    private final Partners partners;

    MunicipalityPagesController(
            @Qualifier("referralApi") RestClient referralApi, Households households, Partners partners) {
        this.referralApi = referralApi;
        this.households = households;
        this.partners = partners;
    }

    @GetMapping("/referrals/{id}")
    String referral(@PathVariable String id, Model model) {
        try {
            Map<String, Object> referral = referralApi
                    .get()
                    .uri("/api/referrals/{id}", UUID.fromString(id))
                    .retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
            model.addAttribute("referral", referral);
            model.addAttribute("partnerName", partners.name((String) referral.get("partner")));
            model.addAttribute("household", households.of(UUID.fromString((String) referral.get("newcomerId"))));
            return "municipality-referral";
        } catch (IllegalArgumentException | HttpClientErrorException.NotFound e) {
            throw new NotFound();
        }
    }

    /** A follow-up mail's link: the newcomer's page, which shows the follow-up schedule. */
    @GetMapping("/newcomers/{id}/follow-ups")
    String followUps(@PathVariable String id) {
        try {
            return "redirect:/newcomers/" + UUID.fromString(id) + "#follow-ups";
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
