package nl.wegwijs.portal.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's charts as inline SVG, drawn on the server: no script, and readable without colour. Every bar and
 * point carries its number as text; the two series differ by pattern (solid and hatched bars; a solid line with
 * circles and a dashed line with squares), and a legend names them. Presentation attributes only: the CSP allows no
 * inline style.
 */
@Component
class Charts {

    private static final String INK = "#154273";
    private static final String ALERT = "#b00020";
    private static final int WIDTH = 760;

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Per partner two bars, the median and the 90th percentile of working days to pick up. */
    String pickUpLatency(List<ReportData.PartnerRow> rows, UnaryOperator<String> partnerName) {
        int labelWidth = 230;
        int barArea = WIDTH - labelWidth - 150;
        int rowHeight = 50;
        int top = 40;
        int height = top + rows.size() * rowHeight + 10;
        int max = Math.max(
                1,
                rows.stream()
                        .map(ReportData.PartnerRow::pickUpP90WorkingDays)
                        .filter(value -> value != null)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        StringBuilder svg = open("chart-latency", text("report.chart.latency"), height);
        svg.append(hatchPattern());
        legendSwatch(svg, 0, INK, text("report.median"));
        legendSwatch(svg, 200, "url(#hatch)", text("report.p90"));
        int y = top;
        for (ReportData.PartnerRow row : rows) {
            svg.append(label(labelWidth - 10, y + 22, partnerName.apply(row.partner()), "end"));
            if (row.pickUpMedianWorkingDays() == null) {
                svg.append(label(labelWidth, y + 22, text("report.no-pick-up"), "start"));
            } else {
                bar(svg, labelWidth, y + 4, width(row.pickUpMedianWorkingDays(), max, barArea), INK);
                svg.append(label(
                        labelWidth + width(row.pickUpMedianWorkingDays(), max, barArea) + 6,
                        y + 17,
                        text("report.median.value", row.pickUpMedianWorkingDays()),
                        "start"));
                bar(svg, labelWidth, y + 24, width(row.pickUpP90WorkingDays(), max, barArea), "url(#hatch)");
                svg.append(label(
                        labelWidth + width(row.pickUpP90WorkingDays(), max, barArea) + 6,
                        y + 37,
                        text("report.p90.value", row.pickUpP90WorkingDays()),
                        "start"));
            }
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** Open referrals as a solid line with circles, stalled ones as a dashed line with squares. */
    String openOverTime(List<ReportData.OverTimePoint> points) {
        int left = 60;
        int right = 30;
        int top = 40;
        int plot = 220;
        int height = top + plot + 50;
        int max = Math.max(
                1,
                points.stream().mapToInt(ReportData.OverTimePoint::open).max().orElse(1));
        double step = points.size() < 2 ? 0 : (WIDTH - left - right) / (double) (points.size() - 1);
        StringBuilder svg = open("chart-over-time", text("report.chart.over-time"), height);
        legendLine(svg, 0, text("report.open"), null);
        legendLine(svg, 200, text("report.stalled"), "8 4");
        line(svg, left, top + plot, WIDTH - right, top + plot, "#5c6670", null, 1);
        line(svg, left, top, left, top + plot, "#5c6670", null, 1);
        for (int tick : List.of(0, max / 2, max)) {
            int ty = top + plot - tick * plot / max;
            svg.append(label(left - 8, ty + 5, String.valueOf(tick), "end"));
        }
        StringBuilder open = new StringBuilder();
        StringBuilder stalled = new StringBuilder();
        int labelEvery = Math.max(1, (points.size() + 7) / 8);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale());
        for (int i = 0; i < points.size(); i++) {
            ReportData.OverTimePoint point = points.get(i);
            int x = (int) Math.round(left + i * step);
            int yOpen = top + plot - point.open() * plot / max;
            int yStalled = top + plot - point.stalled() * plot / max;
            open.append(i == 0 ? "M" : " L").append(x).append(' ').append(yOpen);
            stalled.append(i == 0 ? "M" : " L").append(x).append(' ').append(yStalled);
            svg.append("<circle cx=\"%d\" cy=\"%d\" r=\"5\" fill=\"%s\"><title>%s</title></circle>"
                    .formatted(x, yOpen, INK, escape(point.date() + ": " + text("report.open") + " " + point.open())));
            svg.append("<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"><title>%s</title></rect>"
                    .formatted(
                            x - 5,
                            yStalled - 5,
                            ALERT,
                            escape(point.date() + ": " + text("report.stalled") + " " + point.stalled())));
            if (i % labelEvery == 0 || i == points.size() - 1) {
                svg.append(label(x, top + plot + 22, point.date().format(day), "middle"));
            }
        }
        svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\"/>".formatted(open, INK));
        svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"3\" stroke-dasharray=\"8 4\"/>"
                .formatted(stalled, ALERT));
        return svg.append("</svg>").toString();
    }

    private StringBuilder open(String id, String title, int height) {
        return new StringBuilder(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" role=\"img\" aria-labelledby=\"%s-title\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title id=\"%s-title\">%s</title>"
                        .formatted(id, id, WIDTH, height, WIDTH, height, id, escape(title)));
    }

    private static String hatchPattern() {
        return "<defs><pattern id=\"hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\""
                + " patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"" + INK
                + "\" stroke-width=\"4\"/></pattern></defs>";
    }

    private static void legendSwatch(StringBuilder svg, int x, String fill, String name) {
        svg.append("<rect x=\"%d\" y=\"6\" width=\"24\" height=\"16\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>"
                .formatted(x, fill, INK));
        svg.append(label(x + 30, 20, name, "start"));
    }

    private static void legendLine(StringBuilder svg, int x, String name, String dashes) {
        line(svg, x, 14, x + 30, 14, dashes == null ? INK : ALERT, dashes, 3);
        svg.append(
                dashes == null
                        ? "<circle cx=\"%d\" cy=\"14\" r=\"5\" fill=\"%s\"/>".formatted(x + 15, INK)
                        : "<rect x=\"%d\" y=\"9\" width=\"10\" height=\"10\" fill=\"%s\"/>".formatted(x + 10, ALERT));
        svg.append(label(x + 38, 20, name, "start"));
    }

    private static void bar(StringBuilder svg, int x, int y, int width, String fill) {
        svg.append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>"
                .formatted(x, y, Math.max(width, 1), fill, INK));
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String colour, String dashes, int w) {
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"%d\"%s/>"
                .formatted(x1, y1, x2, y2, colour, w, dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\""));
    }

    private static String label(int x, int y, String text, String anchor) {
        return "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"15\">%s</text>"
                .formatted(x, y, anchor, escape(text));
    }

    private static int width(Integer value, int max, int area) {
        return value == null ? 0 : value * area / max;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static Locale locale() {
        Locale locale = LocaleContextHolder.getLocale();
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : new Locale("nl");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
