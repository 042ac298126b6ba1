package nl.wegwijs.portal.newcomers;

import java.util.List;
import java.util.UUID;
import nl.wegwijs.portal.web.NotFound;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The agreements card (ADR 22) through the portal, with the officer's own token, to download and hand over: the
 * intake service makes it, and records who printed it.
 */
@Controller
class AgreementsCardController {

    /** The card's languages, in the order of the buttons on the newcomer page. */
    static final List<String> LANGUAGES = List.of("nl", "en", "ar", "ti", "prs");

    private final RestClient api;

    AgreementsCardController(@Qualifier("intakeApi") RestClient api) {
        this.api = api;
    }

    @GetMapping("/newcomers/{id}/agreements-card")
    ResponseEntity<byte[]> card(@PathVariable UUID id, @RequestParam String lang) {
        if (!LANGUAGES.contains(lang)) {
            throw new NotFound();
        }
        byte[] pdf;
        try {
            pdf = api.get()
                    .uri("/api/newcomers/{id}/agreements-card?lang={lang}", id, lang)
                    .accept(MediaType.APPLICATION_PDF)
                    .retrieve()
                    .body(byte[].class);
        } catch (HttpClientErrorException.NotFound | HttpClientErrorException.Gone e) {
            throw new NotFound();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("afsprakenkaart-" + lang + ".pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
