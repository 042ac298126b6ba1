package nl.wegwijs.intake.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.intake.IntakeTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import tools.jackson.databind.JsonNode;

/**
 * The agreements card end to end through the REST API, with the monitoring service's answer stubbed: the PDF's text
 * as PDFBox extracts it, its fonts, and what it must not show.
 */
class AgreementsCardTest extends IntakeTestBase {

    @MockitoBean
    MonitoringClient monitoring;

    @Autowired
    PartnerDirectory directory;

    @Test
    void aTigrinyaCardHoldsItsEthiopicHeadingsThePartnerNamesAndTheDatesWithEveryFontEmbedded() throws Exception {
        UUID id = newcomerWithExpectations();

        byte[] pdf = card(id, "ti");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            assertThat(text)
                    .contains("ካርድ ስምምዓት", "ሕቶታት?", "ዝቕጽል ዘተኹም", "Afsprakenkaart", "Vragen?")
                    .contains("Regionale Sociale Dienst", "Taalhuis", "Centrum voor Jeugd en Gezin")
                    .contains("ስራሕን ኣታዊን", "werk en inkomen")
                    // RSD from its history: between 3 and 8 working days after receipt, asked about after the latter.
                    .contains("ኣብ መንጎ 2 ታሕሳስ 2026 ከምኡውን 9 ታሕሳስ 2026", "tussen 2 december 2026 en 9 december 2026")
                    .contains("ድሕሪ 9 ታሕሳስ 2026", "na 9 december 2026")
                    // Taalhuis waitlisted with a start; CJG without enough history says so.
                    .contains("ኣብ መጽበዪ ዝርዝር ኣለኹም። ዝጽበ መጀመርታ፦ 15 ጥሪ 2027።", "Verwachte start: 15 januari 2027.")
                    .contains("ኣኹሊ ምሕላፋት ገና ኣይረኸበን። ክሳብ 1 ታሕሳስ 2026", "te weinig aanmeldingen")
                    // The first follow-up conversation, six months after the intake of 31 August 2026.
                    .contains("ለካቲት 2027", "februari 2027");
            assertThat(fonts(document))
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts(document))
                    .anySatisfy(font -> assertThat(font.getName()).contains("NotoSansEthiopic"));
        }
    }

    @Test
    void anArabicCardHoldsItsHeadingsInRightToLeftLogicalOrderWithEveryFontEmbedded() throws Exception {
        UUID id = newcomerWithExpectations();

        byte[] pdf = card(id, "ar");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = text(document);
            // Whole right-to-left phrases in logical order. (PDFBox puts the numbers of a mixed line in visual
            // order, so the dates are checked on the Tigrinya card and in the pictures.)
            assertThat(text)
                    .contains("بطاقة الاتفاقات", "أسئلة؟", "محادثتك القادمة", "تساعدك في: العمل والدخل.")
                    .contains("أنت على قائمة الانتظار. موعد البدء المتوقع:", "محادثتك القادمة مع البلدية في شباط")
                    .contains("كانون الأول", "كانون الثاني")
                    .contains("Regionale Sociale Dienst", "Taalhuis", "Centrum voor Jeugd en Gezin", "Afsprakenkaart");
            assertThat(fonts(document))
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts(document))
                    .anySatisfy(font -> assertThat(font.getName()).contains("NotoNaskhArabic"));
        }
    }

    @Test
    void theCardShowsNothingTheNewcomersOwnViewMayNotHold() throws Exception {
        UUID id = newcomerWithExpectations();

        for (String lang : List.of("nl", "en", "ar", "ti", "prs")) {
            String text;
            try (PDDocument document = Loader.loadPDF(card(id, lang))) {
                text = text(document);
            }
            assertThat(text).as(lang).contains("Amal Darwish");
            // The officer's reasons are addressed to the partner; the life-domain situations may be health data.
            assertThat(text)
                    .as(lang)
                    .doesNotContain("pharmacy", "language buddy", "eldest daughter", "diabetes", "Homs")
                    // Nobody else's name: not the officer who recorded the consent or the intake, no partner contact.
                    .doesNotContain("mjansen")
                    .doesNotContain(partnerContacts())
                    // Not the newcomer's own contact details or date of birth either: the card may lie around.
                    .doesNotContain("+31 6 0000 1742", "amal.darwish@example.net", "Voorbeeldlaan", "17-05-1994");
        }
    }

    @Test
    void anUnknownLanguageIsA400NamingLangAndAnUnknownOrErasedNewcomerIs404Or410() throws Exception {
        UUID id = newcomerWithExpectations();
        mvc.perform(get("/api/newcomers/{id}/agreements-card", id)
                        .param("lang", "fr")
                        .header("Accept-Language", "en")
                        .with(intakeOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lang"))
                .andExpect(jsonPath("$.errors[0].message").value("must be nl, en, ar, ti or prs"));
        mvc.perform(get("/api/newcomers/{id}/agreements-card", UUID.randomUUID())
                        .param("lang", "ar")
                        .with(coordinator()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/newcomers/{id}/agreements-card", id)
                        .param("lang", "ar")
                        .with(partner("RSD")))
                .andExpect(status().isForbidden());

        mvc.perform(delete("/api/newcomers/{id}", id).with(intakeOfficer())).andExpect(status().isNoContent());
        mvc.perform(get("/api/newcomers/{id}/agreements-card", id)
                        .param("lang", "ar")
                        .with(intakeOfficer()))
                .andExpect(status().isGone());
    }

    @Test
    void theFirstPagesOfAnArabicAndATigrinyaCardArePicturedInDocs() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        // poppler-utils is a Debian package, not a Maven dependency: a developer machine without it skips the
        // pictures (the card's text and fonts are proven by the other tests); CI installs it and fails without it.
        if (System.getenv("WEGWIJS_REQUIRE_PDFTOPPM") != null) {
            assertThat(Files.isExecutable(pdftoppm))
                    .as("WEGWIJS_REQUIRE_PDFTOPPM is set (CI), so poppler-utils must be installed")
                    .isTrue();
        }
        assumeTrue(Files.isExecutable(pdftoppm), "poppler-utils is not installed");
        UUID id = newcomerWithExpectations();
        Path work = Files.createDirectories(Path.of("target", "agreements-cards"));
        for (String lang : List.of("ar", "ti")) {
            Path pdf = Files.write(work.resolve("afsprakenkaart-" + lang + ".pdf"), card(id, lang));
            Path png = Path.of("..", "docs", "agreements-card-" + lang);
            Process process = new ProcessBuilder(
                            pdftoppm.toString(),
                            "-png",
                            "-r",
                            "70",
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-singlefile",
                            pdf.toString(),
                            png.toString())
                    .redirectErrorStream(true)
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(Path.of(png + ".png")).isNotEmptyFile();
        }
    }

    /** The fixture's intake (RSD, Taalhuis, CJG) and the monitoring service's expectations for its referrals. */
    private UUID newcomerWithExpectations() throws Exception {
        UUID id = recordIntake();
        JsonNode newcomer =
                json.readTree(mvc.perform(get("/api/newcomers/{id}", id).with(intakeOfficer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Map<String, UUID> referrals = new HashMap<>();
        newcomer.get("referrals")
                .forEach(r -> referrals.put(
                        r.get("partner").asString(),
                        UUID.fromString(r.get("referralId").asString())));
        when(monitoring.expectations(eq(id), any()))
                .thenReturn(List.of(
                        new ContactExpectation(
                                referrals.get("RSD"),
                                "RSD",
                                ReferralStatus.RECEIVED,
                                12,
                                true,
                                3,
                                8,
                                0,
                                null,
                                LocalDate.of(2026, 12, 2),
                                LocalDate.of(2026, 12, 9)),
                        new ContactExpectation(
                                referrals.get("TAALHUIS"),
                                "TAALHUIS",
                                ReferralStatus.WAITLISTED,
                                9,
                                true,
                                2,
                                6,
                                22,
                                LocalDate.of(2027, 1, 15),
                                null,
                                null),
                        new ContactExpectation(
                                referrals.get("CJG"),
                                "CJG",
                                ReferralStatus.RECEIVED,
                                2,
                                false,
                                null,
                                null,
                                0,
                                null,
                                null,
                                LocalDate.of(2026, 12, 1))));
        return id;
    }

    private byte[] card(UUID id, String lang) throws Exception {
        return mvc.perform(get("/api/newcomers/{id}/agreements-card", id)
                        .param("lang", lang)
                        .with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private String[] partnerContacts() {
        List<String> contacts = new ArrayList<>();
        directory
                .partners()
                .forEach(p -> p.contacts().forEach(c -> {
                    contacts.add(c.name());
                    contacts.add(c.email());
                }));
        return contacts.toArray(String[]::new);
    }

    /** The page's text with line breaks as spaces: where a line wraps is layout, not content. */
    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
