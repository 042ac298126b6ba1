package nl.wegwijs.intake.cards;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The card's XHTML: each section a row, the newcomer's language in the first column and Dutch in the second (one
 * column for a Dutch card). Every text is escaped; the layout carries no text of its own.
 */
final class CardPage {

    /** One section: a heading and its paragraphs, in both languages. */
    record Section(Text heading, List<Text> paragraphs) {}

    /** A text in the newcomer's language and in Dutch. */
    record Text(String own, String dutch) {}

    private final CardLanguage language;
    private final List<Section> sections = new ArrayList<>();
    private final Text title;

    CardPage(CardLanguage language, Text title) {
        this.language = language;
        this.title = title;
    }

    void add(Section section) {
        sections.add(section);
    }

    String xhtml() {
        boolean bilingual = language != CardLanguage.NL;
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html><html lang=\"")
                .append(language.code())
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(title.dutch()))
                .append("</title><style>")
                .append("@page { size: A4; margin: 12mm; }")
                .append("body { font-family: ")
                .append(CardRenderer.FAMILIES)
                .append("; font-size: 9pt; line-height: 1.3; }")
                .append("table { width: 100%; border-collapse: collapse; table-layout: fixed; }")
                .append("td { vertical-align: top; padding: 3pt 6pt; border-bottom: 0.5pt solid #999; }")
                .append("h1 { font-size: 14pt; margin: 0; } h2 { font-size: 10.5pt; margin: 0 0 2pt 0; }")
                .append("p { margin: 0 0 2pt 0; } .rtl { direction: rtl; text-align: right; }")
                .append("</style></head><body><table>");
        row(html, bilingual, "h1", title, List.of());
        for (Section section : sections) {
            row(html, bilingual, "h2", section.heading(), section.paragraphs());
        }
        return html.append("</table></body></html>").toString();
    }

    private void row(StringBuilder html, boolean bilingual, String tag, Text heading, List<Text> paragraphs) {
        html.append("<tr>");
        if (bilingual) {
            cell(
                    html,
                    language,
                    tag,
                    heading.own(),
                    paragraphs.stream().map(Text::own).toList());
        }
        cell(
                html,
                CardLanguage.NL,
                tag,
                heading.dutch(),
                paragraphs.stream().map(Text::dutch).toList());
        html.append("</tr>");
    }

    private static void cell(StringBuilder html, CardLanguage in, String tag, String heading, List<String> texts) {
        html.append("<td lang=\"")
                .append(in.code())
                .append("\" dir=\"")
                .append(in.direction())
                .append("\" class=\"")
                .append(in.direction())
                .append("\"><")
                .append(tag)
                .append('>')
                .append(escape(heading))
                .append("</")
                .append(tag)
                .append('>');
        texts.forEach(text -> html.append("<p>").append(escape(text)).append("</p>"));
        html.append("</td>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
