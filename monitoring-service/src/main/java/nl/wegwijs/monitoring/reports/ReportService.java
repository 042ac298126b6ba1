package nl.wegwijs.monitoring.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerKind;
import nl.wegwijs.monitoring.timeline.Timeline;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/** Builds the reports from the timelines and timers. Reports read whole collections; they run on demand. */
@Service
class ReportService {

    private final MongoTemplate mongo;
    private final PartnerDirectory directory;
    private final WorkingTime time;

    ReportService(MongoTemplate mongo, PartnerDirectory directory, WorkingTime time) {
        this.mongo = mongo;
        this.directory = directory;
        this.time = time;
    }

    PartnerReport partners(LocalDate from, LocalDate to) {
        List<Timeline> timelines = mongo.find(query(timelines()), Timeline.class);
        List<SlaTimer> stalled = stalledTimers();
        List<PartnerRow> rows = directory.partners().stream()
                .map(Partner::code)
                .map(code -> row(code.value(), requestedIn(timelines, code.value(), from, to), stalled))
                .toList();
        return new PartnerReport(from, to, rows);
    }

    Agenda regieOverleg() {
        List<AgendaItem> referrals = new ArrayList<>();
        List<AgendaItem> followUps = new ArrayList<>();
        for (SlaTimer timer : stalledTimers()) {
            int overdue = time.workingDaysOverdue(timer.deadline());
            if (timer.kind() == TimerKind.REFERRAL) {
                referrals.add(new AgendaItem(
                        "STALLED_REFERRAL",
                        timer.partner(),
                        timer.referralId(),
                        timer.newcomerId(),
                        timer.phase(),
                        timer.stalledLevel(),
                        null,
                        timer.deadline(),
                        overdue,
                        null));
            } else {
                followUps.add(new AgendaItem(
                        "OVERDUE_FOLLOW_UP",
                        null,
                        null,
                        timer.newcomerId(),
                        timer.phase(),
                        null,
                        timer.number(),
                        timer.followUpDue(),
                        time.workingDaysOverdue(timer.followUpDue()),
                        null));
            }
        }
        referrals.sort(Comparator.comparing(AgendaItem::partner).thenComparing(AgendaItem::dueDate));
        followUps.sort(Comparator.comparing(AgendaItem::dueDate));
        return new Agenda(time.now(), referrals, followUps, failed());
    }

    /** Referrals that failed before they were issued, until a later referral of that newcomer reaches that partner. */
    private List<AgendaItem> failed() {
        List<Timeline> failed = mongo.find(
                query(timelines()
                        .and("status")
                        .is(ReferralStatus.FAILED)
                        .and("failureReason")
                        .ne(null)),
                Timeline.class);
        if (failed.isEmpty()) {
            return List.of();
        }
        List<Timeline> ofSameNewcomers = mongo.find(
                query(timelines()
                        .and("newcomerId")
                        .in(failed.stream().map(Timeline::newcomerId).toList())),
                Timeline.class);
        return failed.stream()
                .filter(timeline -> !referredAgain(timeline, ofSameNewcomers))
                .map(timeline -> new AgendaItem(
                        "FAILED_REFERRAL",
                        timeline.partner().value(),
                        timeline.referralId(),
                        timeline.newcomerId(),
                        null,
                        null,
                        null,
                        time.dateOf(timeline.reached(ReferralStatus.FAILED).orElseThrow()),
                        0,
                        timeline.failureReason()))
                .sorted(Comparator.comparing(AgendaItem::dueDate).thenComparing(AgendaItem::partner))
                .toList();
    }

    private static boolean referredAgain(Timeline failed, List<Timeline> ofSameNewcomers) {
        Instant failedAt = failed.reached(ReferralStatus.FAILED).orElseThrow();
        return ofSameNewcomers.stream()
                .filter(other -> other.newcomerId().equals(failed.newcomerId()))
                .filter(other -> other.partner().equals(failed.partner()))
                .anyMatch(other -> other.reached(ReferralStatus.REQUESTED)
                        .filter(at -> !at.isBefore(failedAt))
                        .isPresent());
    }

    /** The referrals' documents, which hold the timelines; follow-up timers share the collection (ADR 16). */
    private static Criteria timelines() {
        return where("kind").is(TimerKind.REFERRAL).and("lastSequence").exists(true);
    }

    private List<SlaTimer> stalledTimers() {
        return mongo.find(query(where("armed").is(true).and("stalledLevel").gt(0)), SlaTimer.class);
    }

    private List<Timeline> requestedIn(List<Timeline> timelines, String partner, LocalDate from, LocalDate to) {
        return timelines.stream()
                .filter(timeline -> timeline.partner().value().equals(partner))
                .filter(timeline -> timeline.reached(ReferralStatus.REQUESTED)
                        .map(time::dateOf)
                        .filter(day -> !day.isBefore(from) && !day.isAfter(to))
                        .isPresent())
                .toList();
    }

    private PartnerRow row(String partner, List<Timeline> referred, List<SlaTimer> stalled) {
        List<Integer> acknowledge = new ArrayList<>();
        List<Integer> pickUp = new ArrayList<>();
        for (Timeline timeline : referred) {
            Instant requested = timeline.reached(ReferralStatus.REQUESTED).orElseThrow();
            PickUps.receivedAt(timeline).ifPresent(at -> acknowledge.add(time.workingDaysBetween(requested, at)));
            PickUps.workingDays(timeline, time).ifPresent(pickUp::add);
        }
        return new PartnerRow(
                partner,
                referred.size(),
                acknowledge.size(),
                reached(referred, ReferralStatus.ACCEPTED),
                reached(referred, ReferralStatus.WAITLISTED),
                reached(referred, ReferralStatus.REJECTED),
                reached(referred, ReferralStatus.IN_PROGRESS),
                reached(referred, ReferralStatus.COMPLETED),
                reached(referred, ReferralStatus.CANCELLED),
                reached(referred, ReferralStatus.FAILED),
                stalledAt(stalled, partner, 1),
                stalledAt(stalled, partner, 2),
                stalledAt(stalled, partner, 3),
                Percentiles.of(acknowledge, 50),
                Percentiles.of(acknowledge, 90),
                Percentiles.of(pickUp, 50),
                Percentiles.of(pickUp, 90));
    }

    private static int reached(List<Timeline> timelines, ReferralStatus status) {
        return (int) timelines.stream()
                .filter(timeline -> timeline.reached(status).isPresent())
                .count();
    }

    private static int stalledAt(List<SlaTimer> stalled, String partner, int level) {
        return (int) stalled.stream()
                .filter(timer -> timer.kind() == TimerKind.REFERRAL)
                .filter(timer -> partner.equals(timer.partner()) && timer.stalledLevel() == level)
                .count();
    }
}
