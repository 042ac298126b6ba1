package nl.wegwijs.portal.newcomers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * What the intake officer does on a newcomer's page: record a follow-up conversation, correct the profile, erase the
 * newcomer. The intake service judges each; a refused form comes back as it was sent, everything typed kept.
 */
@Controller
class NewcomerActionsController {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Newcomers intake;
    private final Clock clock;

    NewcomerActionsController(Newcomers intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @GetMapping("/newcomers/{id}/follow-ups/{number}")
    @SuppressWarnings("unchecked")
    String followUpForm(@PathVariable UUID id, @PathVariable int number, Model model) {
        Map<String, Object> newcomer = newcomer(id);
        FollowUpForm form = FollowUpForm.forOpenReferrals(
                (List<Map<String, Object>>) newcomer.getOrDefault("referrals", List.of()), today());
        return followUpForm(newcomer, number, form, FormErrors.none(), model);
    }

    @PostMapping("/newcomers/{id}/follow-ups/{number}")
    String recordFollowUp(
            @PathVariable UUID id, @PathVariable int number, @ModelAttribute("form") FollowUpForm form, Model model) {
        Newcomers.Answer answer = intake.recordFollowUp(id, number, form.body());
        if (answer.ok()) {
            return "redirect:/newcomers/" + id + "#follow-ups";
        }
        if (answer.status() == 404 && answer.body().get("errors") == null) {
            throw new NotFound();
        }
        return followUpForm(newcomer(id), number, form, FormErrors.of(answer.body(), FollowUpForm::formField), model);
    }

    @GetMapping("/newcomers/{id}/correction")
    @SuppressWarnings("unchecked")
    String correctionForm(@PathVariable UUID id, Model model) {
        Map<String, Object> newcomer = newcomer(id);
        CorrectionForm form =
                CorrectionForm.of((Map<String, Object>) newcomer.get("profile"), intake.partnersNeedingConsent());
        return correctionForm(newcomer, form, FormErrors.none(), model);
    }

    @PostMapping("/newcomers/{id}/correction")
    String correct(@PathVariable UUID id, @ModelAttribute("form") CorrectionForm form, Model model) {
        Newcomers.Answer answer = intake.correct(id, form.mergePatch(today()));
        if (answer.ok()) {
            return "redirect:/newcomers/" + id;
        }
        if (answer.status() == 404 && answer.body().get("errors") == null) {
            throw new NotFound();
        }
        return correctionForm(newcomer(id), form, FormErrors.of(answer.body(), form::formField), model);
    }

    @GetMapping("/newcomers/{id}/erase")
    String confirmErasure(@PathVariable UUID id, Model model) {
        model.addAttribute("newcomer", newcomer(id));
        return "erase-confirm";
    }

    @PostMapping("/newcomers/{id}/erase")
    String erase(@PathVariable UUID id) {
        intake.erase(id);
        return "redirect:/newcomers/" + id + "/erased";
    }

    /** Right after the erasure; a later visit to the newcomer's pages gets {@link ErasedNewcomerPage}. */
    @GetMapping("/newcomers/{id}/erased")
    String erased(Model model) {
        model.addAttribute("texts", "erased");
        return "erased";
    }

    private String followUpForm(
            Map<String, Object> newcomer, int number, FollowUpForm form, FormErrors errors, Model model) {
        model.addAttribute("newcomer", newcomer);
        model.addAttribute("number", number);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languageLevels", FollowUpForm.LANGUAGE_LEVELS);
        model.addAttribute("participation", FollowUpForm.PARTICIPATION);
        model.addAttribute("pickUps", FollowUpForm.PICK_UPS);
        return "follow-up-form";
    }

    private String correctionForm(Map<String, Object> newcomer, CorrectionForm form, FormErrors errors, Model model) {
        model.addAttribute("newcomer", newcomer);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "correction-form";
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZONE)).toString();
    }

    private Map<String, Object> newcomer(UUID id) {
        return intake.find(id).orElseThrow(NotFound::new);
    }
}
