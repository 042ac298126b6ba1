package nl.wegwijs.notification.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.notification.notifications.NewcomerNotice;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a notice to a newcomer in their language: the partner's public name, what happened, for a waiting list the
 * expected start, for a decline that the municipality will be in touch, and whom to ask. Nothing else: no name, no
 * reason, no note. Dates carry the month's name, as on the agreements card.
 */
@Component
public class NoticeComposer {

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "prs");

    private final NoticeTexts texts = new NoticeTexts();
    private final PartnerDirectory directory;

    NoticeComposer(PartnerDirectory directory) {
        this.directory = directory;
    }

    public ComposedMail compose(NewcomerNotice notice) {
        String language = NoticeTexts.LANGUAGES.contains(notice.language()) ? notice.language() : "nl";
        List<String> lines = lines(notice, language);
        String dir = RIGHT_TO_LEFT.contains(language) ? "rtl" : "ltr";
        String html = lines.stream()
                .map(line -> "<p>" + HtmlUtils.htmlEscape(line) + "</p>")
                .collect(Collectors.joining(
                        "", "<html lang=\"" + language + "\" dir=\"" + dir + "\"><body>", "</body></html>"));
        return new ComposedMail(texts.text(language, "subject"), String.join("\n\n", lines), html);
    }

    private List<String> lines(NewcomerNotice notice, String language) {
        String partner = directory
                .partner(notice.partner())
                .map(Partner::name)
                .orElse(notice.partner().value());
        String municipality = directory.municipality().name();
        String what = switch (notice.kind()) {
            case ACCEPTED -> texts.text(language, "accepted");
            case WAITLISTED ->
                notice.expectedStart() == null
                        ? texts.text(language, "waitlisted")
                        : texts.text(language, "waitlisted.until", date(notice.expectedStart(), language));
            case STARTED -> texts.text(language, "started");
            case DECLINED -> texts.text(language, "declined", municipality);
        };
        return List.of(
                texts.text(language, "about", partner),
                what,
                texts.text(
                        language,
                        "questions",
                        municipality,
                        directory.municipality().intakeOfficerEmail()));
    }

    private String date(LocalDate date, String language) {
        return texts.text(
                language,
                "date",
                date.getDayOfMonth(),
                texts.text(language, "month." + date.getMonthValue()),
                String.format(Locale.ROOT, "%d", date.getYear()));
    }
}
