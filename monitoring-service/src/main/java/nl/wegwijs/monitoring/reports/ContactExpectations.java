package nl.wegwijs.monitoring.reports;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.sla.TimerKind;
import nl.wegwijs.monitoring.timeline.StatusChange;
import nl.wegwijs.monitoring.timeline.Timeline;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Expected contact per referral of one newcomer, from each partner's recorded pick-up times (docs/adr/0022). */
@Service
class ContactExpectations {

    static final int HISTORY_MONTHS = 6;
    static final int MIN_PICK_UPS = 5;

    private final MongoTemplate mongo;
    private final PartnerDirectory directory;
    private final WorkingTime time;

    ContactExpectations(MongoTemplate mongo, PartnerDirectory directory, WorkingTime time) {
        this.mongo = mongo;
        this.directory = directory;
        this.time = time;
    }

    List<ContactExpectation> forNewcomer(UUID newcomerId) {
        List<Timeline> own = mongo.find(
                query(where("kind").is(TimerKind.REFERRAL).and("newcomerId").is(newcomerId)), Timeline.class);
        return own.stream()
                .sorted(Comparator.comparing(t -> PickUps.receivedAt(t).orElse(Instant.MAX)))
                .map(this::expectation)
                .toList();
    }

    private ContactExpectation expectation(Timeline referral) {
        String partner = referral.partner().value();
        List<Timeline> ofPartner = mongo.find(
                query(where("kind").is(TimerKind.REFERRAL).and("partner").is(partner)), Timeline.class);
        LocalDate historyStart = time.today().minusMonths(HISTORY_MONTHS);
        List<Integer> pickUps = new ArrayList<>();
        for (Timeline other : ofPartner) {
            boolean recent = PickUps.pickedUpAt(other)
                    .map(time::dateOf)
                    .filter(day -> !day.isBefore(historyStart))
                    .isPresent();
            if (recent) {
                PickUps.workingDays(other, time).ifPresent(pickUps::add);
            }
        }
        boolean enough = pickUps.size() >= MIN_PICK_UPS;
        Integer median = enough ? Percentiles.of(pickUps, 50) : null;
        Integer p90 = enough ? Percentiles.of(pickUps, 90) : null;
        int waitlisted = (int) ofPartner.stream()
                .filter(other -> other.status() == ReferralStatus.WAITLISTED)
                .count();

        LocalDate from = null;
        LocalDate by = null;
        if (PickUps.pickedUpAt(referral).isEmpty() && !referral.status().isTerminal()) {
            LocalDate received = time.dateOf(PickUps.receivedAt(referral)
                    .or(() -> referral.reached(ReferralStatus.REQUESTED))
                    .orElseThrow());
            int slaDays = directory
                    .partner(referral.partner())
                    .orElseThrow()
                    .sla()
                    .workingDays(SlaPhase.PICK_UP, referral.urgency());
            from = enough ? time.plusWorkingDays(received, median) : null;
            by = time.plusWorkingDays(received, enough ? p90 : slaDays);
        }
        return new ContactExpectation(
                referral.referralId(),
                partner,
                referral.status(),
                pickUps.size(),
                enough,
                median,
                p90,
                waitlisted,
                expectedStart(referral),
                from,
                by);
    }

    private static LocalDate expectedStart(Timeline referral) {
        if (referral.status() != ReferralStatus.WAITLISTED) {
            return null;
        }
        return referral.changes().stream()
                .filter(change -> change.to() == ReferralStatus.WAITLISTED)
                .map(StatusChange::expectedStart)
                .reduce((first, second) -> second)
                .orElse(null);
    }
}
