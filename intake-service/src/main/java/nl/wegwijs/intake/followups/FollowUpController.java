package nl.wegwijs.intake.followups;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import nl.wegwijs.intake.audit.AuditLog;
import nl.wegwijs.intake.audit.AuditLog.Action;
import nl.wegwijs.intake.newcomers.FollowUp;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/newcomers/{id}/follow-ups")
class FollowUpController {

    private final FollowUpService followUps;
    private final AuditLog audit;

    FollowUpController(FollowUpService followUps, AuditLog audit) {
        this.followUps = followUps;
        this.audit = audit;
    }

    @GetMapping
    List<FollowUp> list(@PathVariable UUID id) {
        List<FollowUp> schedule = followUps.of(id);
        audit.record(id, Action.READ_FOLLOW_UPS);
        return schedule;
    }

    @PostMapping("/{number}")
    FollowUp recordHeld(@PathVariable UUID id, @PathVariable int number, @Valid @RequestBody FollowUpRequest request) {
        FollowUp held = followUps.recordHeld(id, number, request);
        audit.record(id, Action.RECORD_FOLLOW_UP);
        return held;
    }
}
