package nl.wegwijs.portal.regie;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.wegwijs.portal.regie.Agenda.Agreement;
import nl.wegwijs.portal.web.Csv;
import nl.wegwijs.portal.web.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The agenda as a CSV download, one line per item, with the page's columns in the page's language. */
@Component
class AgendaCsv {

    private static final List<String> COLUMNS = List.of(
            "caseNumber",
            "name",
            "kind",
            "partner",
            "phase",
            "overdue",
            "level",
            "dueDate",
            "lastNote",
            "contact",
            "previousAgreement",
            "agreement");

    private final MessageSource messages;
    private final Dates dates;

    AgendaCsv(MessageSource messages, Dates dates) {
        this.messages = messages;
        this.dates = dates;
    }

    String of(AgendaPage.View view) {
        List<String> header =
                COLUMNS.stream().map(column -> text("agenda.csv." + column)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (AgendaPage.Group group : view.groups()) {
            for (AgendaPage.Row row : group.rows()) {
                Agenda.Item item = row.item();
                rows.add(Stream.of(
                                group.household().caseNumber(),
                                group.household().known() ? group.household().name() : text("agenda.erased"),
                                text("agenda.kind." + item.kind()),
                                row.partnerName(),
                                item.phase() == null ? null : text("phase." + item.phase()),
                                String.valueOf(item.overdueWorkingDays()),
                                item.level() == null ? null : String.valueOf(item.level()),
                                dates.format(item.dueDate()),
                                row.lastNote() == null ? null : row.lastNote().text(),
                                row.contact(),
                                agreement(item.previousAgreement()),
                                agreement(item.agreement()))
                        .map(value -> value == null ? "" : value)
                        .toList());
            }
        }
        return Csv.of(header, rows);
    }

    private String agreement(Agreement agreement) {
        return agreement == null
                ? null
                : text("agenda.agreement.line", agreement.who(), agreement.what(), dates.format(agreement.byWhen()));
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
