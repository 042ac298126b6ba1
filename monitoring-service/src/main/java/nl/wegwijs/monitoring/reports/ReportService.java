package nl.wegwijs.monitoring.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.meetings.Agreement;
import nl.wegwijs.monitoring.meetings.AgreementStore;
import nl.wegwijs.monitoring.meetings.MeetingSchedule;
import nl.wegwijs.monitoring.sla.PhaseDeadline;
import nl.wegwijs.monitoring.sla.Phases;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerKind;
import nl.wegwijs.monitoring.timeline.StatusChange;
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
    private final MeetingSchedule meetings;
    private final AgreementStore agreements;

    ReportService(
            MongoTemplate mongo,
            PartnerDirectory directory,
            WorkingTime time,
            MeetingSchedule meetings,
            AgreementStore agreements) {
        this.mongo = mongo;
        this.directory = directory;
        this.time = time;
        this.meetings = meetings;
        this.agreements = agreements;
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

    /** Open and stalled referrals at the end of {@code from} and of every seventh day after it, and of {@code to}. */
    List<OverTimePoint> overTime(LocalDate from, LocalDate to) {
        List<Timeline> timelines = mongo.find(query(timelines()), Timeline.class);
        List<OverTimePoint> points = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(7)) {
            points.add(pointAt(day, timelines));
        }
        if (!points.get(points.size() - 1).date().equals(to)) {
            points.add(pointAt(to, timelines));
        }
        return points;
    }

    private OverTimePoint pointAt(LocalDate day, List<Timeline> timelines) {
        Instant end = time.endOf(day);
        int open = 0;
        int stalled = 0;
        for (Timeline timeline : timelines) {
            Optional<StatusChange> last = timeline.changes().stream()
                    .filter(change -> change.at().isBefore(end))
                    .reduce((earlier, later) -> later);
            if (last.isEmpty() || last.get().to().isTerminal()) {
                continue;
            }
            open++;
            StatusChange change = last.get();
            Optional<SlaPhase> phase = Phases.startedBy(change.to());
            Optional<Partner> partner = directory.partner(timeline.partner());
            if (phase.isPresent()
                    && partner.isPresent()
                    && PhaseDeadline.of(phase.get(), partner.get().sla(), timeline.urgency(), change, time)
                            .isBefore(day)) {
                stalled++;
            }
        }
        return new OverTimePoint(day, open, stalled);
    }

    Agenda regieOverleg() {
        List<AgendaItem> referrals = new ArrayList<>();
        List<AgendaItem> followUps = new ArrayList<>();
        for (SlaTimer timer : stalledTimers()) {
            int overdue = time.workingDaysOverdue(timer.deadline());
            if (timer.kind() == TimerKind.REFERRAL) {
                referrals.add(new AgendaItem(
                        timer.id(),
                        "STALLED_REFERRAL",
                        timer.partner(),
                        timer.referralId(),
                        timer.newcomerId(),
                        timer.phase(),
                        timer.stalledLevel(),
                        null,
                        timer.deadline(),
                        overdue,
                        null,
                        null,
                        null));
            } else {
                followUps.add(new AgendaItem(
                        timer.id(),
                        "OVERDUE_FOLLOW_UP",
                        null,
                        null,
                        timer.newcomerId(),
                        timer.phase(),
                        null,
                        timer.number(),
                        timer.followUpDue(),
                        time.workingDaysOverdue(timer.followUpDue()),
                        null,
                        null,
                        null));
            }
        }
        referrals.sort(Comparator.comparing(AgendaItem::partner).thenComparing(AgendaItem::dueDate));
        followUps.sort(Comparator.comparing(AgendaItem::dueDate));
        List<AgendaItem> failed = failed();
        LocalDate meeting = meetings.current();
        List<String> items = Stream.of(referrals, followUps, failed)
                .flatMap(List::stream)
                .map(AgendaItem::item)
                .toList();
        Map<String, Agreement> now = agreements.of(items, meeting);
        Map<String, Agreement> before = agreements.before(items, meeting);
        UnaryOperator<List<AgendaItem>> withAgreements = list -> list.stream()
                .map(item -> item.withAgreements(now.get(item.item()), before.get(item.item())))
                .toList();
        return new Agenda(
                time.now(),
                meeting,
                meetings.previous(),
                withAgreements.apply(referrals),
                withAgreements.apply(followUps),
                withAgreements.apply(failed));
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
                        timeline.referralId().toString(),
                        "FAILED_REFERRAL",
                        timeline.partner().value(),
                        timeline.referralId(),
                        timeline.newcomerId(),
                        null,
                        null,
                        null,
                        time.dateOf(timeline.reached(ReferralStatus.FAILED).orElseThrow()),
                        0,
                        timeline.failureReason(),
                        null,
                        null))
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
