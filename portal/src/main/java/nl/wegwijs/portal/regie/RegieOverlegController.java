package nl.wegwijs.portal.regie;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's agenda for the regie-overleg: read at the meeting, an agreement recorded per item, printed, or
 * downloaded as CSV. A refused agreement comes back at its item with what was typed.
 */
@Controller
class RegieOverlegController {

    private final AgendaPage agenda;
    private final AgendaCsv csv;

    RegieOverlegController(AgendaPage agenda, AgendaCsv csv) {
        this.agenda = agenda;
        this.csv = csv;
    }

    @GetMapping("/regie-overleg")
    String page(Model model) {
        model.addAttribute("agenda", agenda.build());
        return "regie-overleg";
    }

    @PostMapping("/regie-overleg/agreements")
    String record(@ModelAttribute AgreementForm form, RedirectAttributes redirect) {
        Map<String, String> errors = agenda.record(form);
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("savedItem", form.item());
        } else if (errors.containsKey("item")) {
            // Off the agenda since the page was read: the partner answered, or the conversation was held, meanwhile.
            redirect.addFlashAttribute("itemGone", true);
            return "redirect:/regie-overleg";
        } else {
            redirect.addFlashAttribute("refusedItem", form.item());
            redirect.addFlashAttribute("refusedForm", form);
            redirect.addFlashAttribute("errors", errors);
        }
        return "redirect:/regie-overleg#item-" + form.item();
    }

    @GetMapping("/regie-overleg.csv")
    ResponseEntity<String> download() {
        AgendaPage.View view = agenda.build();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("regie-overleg-" + view.meetingDate() + ".csv")
                                .build()
                                .toString())
                .body(csv.of(view));
    }
}
