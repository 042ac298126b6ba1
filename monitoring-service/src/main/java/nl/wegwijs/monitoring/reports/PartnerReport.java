package nl.wegwijs.monitoring.reports;

import java.time.LocalDate;
import java.util.List;

public record PartnerReport(LocalDate from, LocalDate to, List<PartnerRow> partners) {}
