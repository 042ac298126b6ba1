package nl.wegwijs.portal.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.portal.inbox.PartnerReferrals.StepResult;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One referral as its partner may see it, with a form for each step the lifecycle allows now. Another partner's
 * referral, an unknown id and a malformed one all give the same not-found page.
 */
@Controller
class ReferralPageController {

    /** The fields of the minimised referral the page shows, in this order; the API leaves out what is not shared. */
    static final List<String> FIELDS = List.of(
            "name",
            "contact",
            "languages",
            "interpreter",
            "lifeDomains",
            "reason",
            "urgency",
            "dateOfBirth",
            "situations",
            "childrenBirthYears",
            "health",
            "tags");

    private final PartnerReferrals referrals;

    ReferralPageController(PartnerReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/inbox/referrals/{id}")
    String referral(@PathVariable String id, Model model) {
        Map<String, Object> view = idOf(id).flatMap(referrals::find).orElseThrow(NotFound::new);
        model.addAttribute("view", view);
        model.addAttribute("details", view.get("referral"));
        model.addAttribute("fields", FIELDS);
        model.addAttribute(
                "declineReasons",
                Arrays.stream(DeclineReason.values()).map(Enum::name).toList());
        return "referral";
    }

    @PostMapping("/inbox/referrals/{id}/{action}")
    String act(
            @PathVariable String id,
            @PathVariable String action,
            @ModelAttribute StepForm form,
            RedirectAttributes redirect) {
        UUID referralId = idOf(id).orElseThrow(NotFound::new);
        if (form.note() != null && form.note().length() > StepForm.MAX_NOTE_LENGTH) {
            redirect.addFlashAttribute("refusal", "refused.note-too-long");
            return "redirect:/inbox/referrals/" + referralId;
        }
        StepResult result = referrals.act(referralId, action, form.body(action));
        if (result.isDone()) {
            redirect.addFlashAttribute("done", "done." + action);
        } else if (result.refusal().value() == 404) {
            throw new NotFound();
        } else {
            redirect.addFlashAttribute("refusal", StepRefusal.messageKey(result.refusal(), result.problem()));
            redirect.addFlashAttribute("refusedAction", action);
        }
        return "redirect:/inbox/referrals/" + referralId;
    }

    private static Optional<UUID> idOf(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
