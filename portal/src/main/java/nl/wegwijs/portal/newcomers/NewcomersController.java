package nl.wegwijs.portal.newcomers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The intake officer's newcomers: search, the intake form, and one newcomer's page. Every page asks the intake
 * service again; a refused intake comes back as the same form, everything typed kept, the errors at their fields.
 */
@Controller
class NewcomersController {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Newcomers intake;
    private final NewcomerPage newcomerPage;
    private final Clock clock;

    NewcomersController(Newcomers intake, NewcomerPage newcomerPage, Clock clock) {
        this.intake = intake;
        this.newcomerPage = newcomerPage;
        this.clock = clock;
    }

    @GetMapping("/newcomers")
    String search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String dateOfBirth,
            Model model) {
        Newcomers.Search search = new Newcomers.Search(name, caseNumber, dateOfBirth);
        model.addAttribute("name", name);
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("dateOfBirth", dateOfBirth);
        model.addAttribute("searched", !search.isEmpty());
        try {
            model.addAttribute("results", search.isEmpty() ? List.of() : intake.search(search));
        } catch (HttpClientErrorException.BadRequest e) {
            model.addAttribute("results", List.of());
            model.addAttribute("invalidSearch", true);
        }
        return "newcomers";
    }

    @GetMapping("/newcomers/new")
    String newIntake(Model model) {
        return form(IntakeForm.empty(intake.partnersNeedingConsent(), today().toString()), FormErrors.none(), model);
    }

    @PostMapping("/newcomers/new")
    String record(@ModelAttribute("form") IntakeForm form, @RequestParam String idempotencyKey, Model model) {
        Newcomers.Answer answer = intake.record(form.body(), idempotencyKey);
        if (answer.created()) {
            return "redirect:/newcomers/" + answer.body().get("newcomerId");
        }
        if (answer.status() == 409 && answer.body().get("existingNewcomerId") != null) {
            model.addAttribute("possibleDuplicate", answer.body().get("existingNewcomerId"));
        }
        return form(form, FormErrors.of(answer.body(), form), model);
    }

    @GetMapping("/newcomers/{id}")
    String newcomer(@PathVariable String id, Authentication person, Model model) {
        Map<String, Object> newcomer = idOf(id).flatMap(intake::find).orElseThrow(NotFound::new);
        model.addAttribute("newcomer", newcomer);
        model.addAttribute("referrals", newcomerPage.referrals(newcomer));
        model.addAttribute("followUps", newcomerPage.followUps(newcomer, today()));
        model.addAttribute("cardLanguages", AgreementsCardController.LANGUAGES);
        model.addAttribute(
                "intakeOfficer",
                person.getAuthorities().stream().anyMatch(role -> "ROLE_INTAKE".equals(role.getAuthority())));
        return "newcomer";
    }

    private String form(IntakeForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("idempotencyKey", "intake-" + UUID.randomUUID());
        model.addAttribute("partners", intake.partners());
        model.addAttribute(
                "lifeDomains",
                Arrays.stream(LifeDomain.values()).map(Enum::name).toList());
        return "intake-form";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static Optional<UUID> idOf(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
