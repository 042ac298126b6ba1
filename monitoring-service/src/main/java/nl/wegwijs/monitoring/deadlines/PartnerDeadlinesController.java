package nl.wegwijs.monitoring.deadlines;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.SlaPhase;
import nl.wegwijs.monitoring.calendar.WorkingTime;
import nl.wegwijs.monitoring.sla.SlaTimer;
import nl.wegwijs.monitoring.sla.TimerKind;
import nl.wegwijs.support.problem.ForbiddenException;
import nl.wegwijs.support.security.TokenClaims;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day deadline of the current phase of each open referral of the partner the token speaks for (its
 * {@code partner} claim): what the portal's inbox shows. No personal data: ids, phases and dates.
 */
@RestController
class PartnerDeadlinesController {

    private final MongoTemplate mongo;
    private final WorkingTime time;

    PartnerDeadlinesController(MongoTemplate mongo, WorkingTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    @GetMapping("/api/partner/deadlines")
    List<PartnerDeadline> deadlines(@AuthenticationPrincipal Jwt token) {
        String partner = TokenClaims.partner(token).orElse(null);
        if (partner == null || !PartnerCode.isValid(partner)) {
            throw new ForbiddenException("problem.no-partner");
        }
        return mongo
                .find(
                        query(where("partner")
                                .is(partner)
                                .and("kind")
                                .is(TimerKind.REFERRAL)
                                .and("armed")
                                .is(true)),
                        SlaTimer.class)
                .stream()
                .filter(timer -> timer.deadline() != null) // armed for a phase without a deadline: nothing to show
                .map(this::deadlineOf)
                .sorted(Comparator.comparing(PartnerDeadline::deadline))
                .toList();
    }

    private PartnerDeadline deadlineOf(SlaTimer timer) {
        boolean passed = time.today().isAfter(timer.deadline());
        int overdue = passed ? Math.max(0, time.workingDaysOverdue(timer.deadline())) : 0;
        return new PartnerDeadline(timer.referralId(), timer.phase(), timer.deadline(), passed, overdue);
    }

    /** @param overdueWorkingDays whole working days past the deadline, 0 when it has not passed */
    record PartnerDeadline(
            UUID referralId, SlaPhase phase, LocalDate deadline, boolean passed, int overdueWorkingDays) {}
}
