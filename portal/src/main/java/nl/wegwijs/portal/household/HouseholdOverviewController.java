package nl.wegwijs.portal.household;

import java.util.Map;
import java.util.UUID;
import nl.wegwijs.portal.directory.Partners;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordinator's overview of one household; an erased, unknown or malformed id gives the not-found page. */
@Controller
class HouseholdOverviewController {

    private final Households households;
    private final Partners partners;

    HouseholdOverviewController(Households households, Partners partners) {
        this.households = households;
        this.partners = partners;
    }

    @GetMapping("/overzicht/{id}")
    String overview(@PathVariable String id, Model model) {
        UUID newcomerId = idOf(id);
        Map<String, Object> newcomer = households.newcomer(newcomerId).orElseThrow(NotFound::new);
        model.addAttribute(
                "overview", HouseholdOverview.of(Households.Household.of(newcomerId, newcomer), newcomer, partners));
        return "household-overview";
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }
}
