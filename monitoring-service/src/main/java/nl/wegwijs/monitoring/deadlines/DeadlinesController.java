package nl.wegwijs.monitoring.deadlines;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import jakarta.validation.constraints.Size;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day deadline of the current phase of open referrals. No personal data: ids, phases and dates.
 *
 * <p>A partner asks for all of its own (the token's {@code partner} claim): the portal's inbox. The municipality asks
 * for named referrals: the newcomer page.
 */
@RestController
class DeadlinesController {

    private final MongoTemplate mongo;
    private final WorkingTime time;

    DeadlinesController(MongoTemplate mongo, WorkingTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    @GetMapping("/api/partner/deadlines")
    List<Deadline> ofPartner(@AuthenticationPrincipal Jwt token) {
        String partner = TokenClaims.partner(token).orElse(null);
        if (partner == null || !PartnerCode.isValid(partner)) {
            throw new ForbiddenException("problem.no-partner");
        }
        return deadlines(where("partner").is(partner).and("kind").is(TimerKind.REFERRAL));
    }

    /** Only the named referrals' deadlines: one read by their ids. A referral that is closed or unknown is left out. */
    @GetMapping("/api/referrals/deadlines")
    List<Deadline> ofReferrals(@RequestParam @Size(min = 1, max = 100) List<UUID> referralId) {
        return deadlines(where("_id")
                .in(referralId.stream().map(UUID::toString).toList())
                .and("kind")
                .is(TimerKind.REFERRAL));
    }

    private List<Deadline> deadlines(Criteria timers) {
        return mongo.find(query(timers.and("armed").is(true)), SlaTimer.class).stream()
                .filter(timer -> timer.deadline() != null) // armed for a phase without a deadline: nothing to show
                .map(this::deadlineOf)
                .sorted(Comparator.comparing(Deadline::deadline))
                .toList();
    }

    private Deadline deadlineOf(SlaTimer timer) {
        boolean passed = time.today().isAfter(timer.deadline());
        int overdue = passed ? Math.max(0, time.workingDaysOverdue(timer.deadline())) : 0;
        return new Deadline(timer.referralId(), timer.phase(), timer.deadline(), passed, overdue);
    }

    /** @param overdueWorkingDays whole working days past the deadline, 0 when it has not passed */
    record Deadline(UUID referralId, SlaPhase phase, LocalDate deadline, boolean passed, int overdueWorkingDays) {}
}
