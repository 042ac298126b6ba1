package nl.wegwijs.portal.report;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The report's figures, asked of the services with the coordinator's token; the portal computes none of its own. */
@Component
class ReportApi {

    private final RestClient intake;
    private final RestClient monitoring;

    ReportApi(@Qualifier("intakeApi") RestClient intake, @Qualifier("monitoringApi") RestClient monitoring) {
        this.intake = intake;
        this.monitoring = monitoring;
    }

    ReportData report(LocalDate from, LocalDate to) {
        ReportData.Intakes intakes = intake.get()
                .uri("/api/statistics/intakes?from={from}&to={to}", from, to)
                .retrieve()
                .body(ReportData.Intakes.class);
        ReportData.PartnerReport partners = monitoring
                .get()
                .uri("/api/reports/partners?from={from}&to={to}", from, to)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(ReportData.PartnerReport.class);
        List<ReportData.OverTimePoint> overTime = monitoring
                .get()
                .uri("/api/reports/open-over-time?from={from}&to={to}", from, to)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(new ParameterizedTypeReference<List<ReportData.OverTimePoint>>() {});
        return new ReportData(from, to, intakes, partners.partners(), overTime);
    }
}
