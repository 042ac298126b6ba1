package nl.wegwijs.intake.referrals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import nl.wegwijs.intake.audit.AuditLog;
import nl.wegwijs.intake.audit.AuditLog.Action;
import nl.wegwijs.intake.newcomers.Referral;
import nl.wegwijs.intake.newcomers.ReferralInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/newcomers/{id}/referrals")
class ReferralController {

    private final ReferralService referrals;
    private final AuditLog audit;

    ReferralController(ReferralService referrals, AuditLog audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    record Cancellation(@NotBlank @Size(max = 2000) String reason) {}

    @PostMapping
    ResponseEntity<Referral> add(@PathVariable UUID id, @Valid @RequestBody ReferralInput referral) {
        Referral added = referrals.add(id, referral);
        audit.record(id, Action.ADD_REFERRAL);
        return ResponseEntity.created(URI.create("/api/newcomers/" + id)).body(added);
    }

    @PostMapping("/{referralId}/cancel")
    Referral cancel(
            @PathVariable UUID id, @PathVariable UUID referralId, @Valid @RequestBody Cancellation cancellation) {
        Referral cancelled = referrals.cancel(id, referralId, cancellation.reason());
        audit.record(id, Action.CANCEL_REFERRAL);
        return cancelled;
    }
}
