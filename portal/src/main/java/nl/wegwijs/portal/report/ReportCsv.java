package nl.wegwijs.portal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.portal.directory.Partners;
import nl.wegwijs.portal.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report as one long CSV table (section, subject, measure, value), so that every figure of the page is one line a
 * spreadsheet can filter; codes stay codes (country SY, partner RSD, measure names), the header is in the page's
 * language.
 */
@Component
class ReportCsv {

    private final MessageSource messages;
    private final Partners partners;

    ReportCsv(MessageSource messages, Partners partners) {
        this.messages = messages;
        this.partners = partners;
    }

    String of(ReportData report) {
        List<List<String>> rows = new ArrayList<>();
        String period = report.from() + "/" + report.to();
        ReportData.Intakes intakes = report.intakes();
        rows.add(List.of("intakes", period, "intakes", String.valueOf(intakes.intakes())));
        intakes.intakesByCountryOfOrigin()
                .forEach((country, count) -> rows.add(List.of("intakes", country, "intakes", String.valueOf(count))));
        for (ReportData.PartnerRow row : report.partners()) {
            String partner = row.partner();
            rows.add(List.of("referrals", partner, "name", partners.name(partner)));
            rows.add(List.of("referrals", partner, "referred", String.valueOf(row.referred())));
            rows.add(List.of("referrals", partner, "accepted", String.valueOf(row.accepted())));
            rows.add(List.of("referrals", partner, "waitlisted", String.valueOf(row.waitlisted())));
            rows.add(List.of("referrals", partner, "rejected", String.valueOf(row.rejected())));
            rows.add(List.of("referrals", partner, "stalledNow", String.valueOf(row.stalled())));
            rows.add(List.of("referrals", partner, "pickUpMedianWorkingDays", text(row.pickUpMedianWorkingDays())));
            rows.add(List.of("referrals", partner, "pickUpP90WorkingDays", text(row.pickUpP90WorkingDays())));
        }
        for (ReportData.OverTimePoint point : report.overTime()) {
            rows.add(List.of("overTime", point.date().toString(), "open", String.valueOf(point.open())));
            rows.add(List.of("overTime", point.date().toString(), "stalled", String.valueOf(point.stalled())));
        }
        rows.add(List.of("followUps", period, "held", String.valueOf(intakes.followUpsHeld())));
        rows.add(List.of("followUps", period, "due", String.valueOf(intakes.followUpsDue())));
        rows.add(List.of("followUps", period, "overdue", String.valueOf(intakes.followUpsOverdue())));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> header = List.of("section", "subject", "measure", "value").stream()
                .map(column -> messages.getMessage("report.csv." + column, null, locale))
                .toList();
        return Csv.of(header, rows);
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
