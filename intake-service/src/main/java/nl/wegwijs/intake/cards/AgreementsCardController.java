package nl.wegwijs.intake.cards;

import java.util.UUID;
import nl.wegwijs.intake.audit.AuditLog;
import nl.wegwijs.intake.audit.AuditLog.Action;
import nl.wegwijs.intake.newcomers.Newcomer;
import nl.wegwijs.intake.newcomers.NewcomerService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agreements card as a one-page PDF, for the intake officer and the coordinator to print or send. */
@RestController
class AgreementsCardController {

    private final NewcomerService newcomers;
    private final AgreementsCards cards;
    private final MonitoringClient monitoring;
    private final AuditLog audit;

    AgreementsCardController(
            NewcomerService newcomers, AgreementsCards cards, MonitoringClient monitoring, AuditLog audit) {
        this.newcomers = newcomers;
        this.cards = cards;
        this.monitoring = monitoring;
        this.audit = audit;
    }

    @GetMapping(value = "/api/newcomers/{id}/agreements-card", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> card(
            @PathVariable UUID id,
            @RequestParam(name = "lang", defaultValue = "nl") String lang,
            @AuthenticationPrincipal Jwt caller) {
        CardLanguage language = CardLanguage.of(lang);
        Newcomer newcomer = newcomers.get(id);
        audit.record(id, Action.PRINT_CARD);
        byte[] pdf = cards.pdf(newcomer, language, monitoring.expectations(id, caller.getTokenValue()));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("afsprakenkaart-" + language.code() + ".pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
