package nl.wegwijs.intake.newcomers;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.intake.audit.AuditLog;
import nl.wegwijs.intake.audit.AuditLog.Action;
import nl.wegwijs.intake.keys.NewcomerKeyStore;
import nl.wegwijs.intake.statuses.LiveStatus;
import nl.wegwijs.intake.statuses.ReferralStatuses;
import nl.wegwijs.intake.web.MongoOperatorGuard;
import nl.wegwijs.support.problem.InvalidInputException;
import nl.wegwijs.support.store.StoreCompaction;
import nl.wegwijs.support.web.DateParameters;
import nl.wegwijs.support.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/newcomers")
class NewcomerController {

    private final NewcomerService newcomers;
    private final PartnerDirectory directory;
    private final AuditLog audit;
    private final ReferralStatuses statuses;
    private final StoreCompaction compaction;

    NewcomerController(
            NewcomerService newcomers,
            PartnerDirectory directory,
            AuditLog audit,
            ReferralStatuses statuses,
            StoreCompaction compaction) {
        this.newcomers = newcomers;
        this.directory = directory;
        this.audit = audit;
        this.statuses = statuses;
        this.compaction = compaction;
    }

    record CreatedReferral(UUID referralId, PartnerCode partner) {}

    record Created(UUID newcomerId, String caseNumber, List<CreatedReferral> referrals) {}

    record NewcomerView(
            UUID id,
            String caseNumber,
            String municipality,
            NewcomerProfile profile,
            List<ReferralView> referrals,
            List<FollowUp> followUps,
            Instant recordedAt) {}

    record Summary(
            UUID id,
            String caseNumber,
            String givenNames,
            String familyName,
            LocalDate dateOfBirth,
            LocalDate intakeDate,
            List<PartnerCode> referredTo) {

        static Summary of(Newcomer n) {
            return new Summary(
                    n.id(),
                    n.caseNumber(),
                    n.profile().name().givenNames(),
                    n.profile().name().familyName(),
                    n.profile().dateOfBirth(),
                    n.profile().intakeDate(),
                    n.activeReferrals().stream().map(Referral::partner).toList());
        }
    }

    record SummaryPage(List<Summary> items, int page, int size, long totalItems, int totalPages) {}

    @PostMapping
    ResponseEntity<Created> record(
            @Valid @RequestBody NewcomerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication officer) {
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9_.:-]{8,100}")) {
            throw InvalidInputException.of("Idempotency-Key", "field.idempotency-key");
        }
        NewcomerService.Recorded recorded = newcomers.record(request, idempotencyKey, officer.getName());
        Newcomer newcomer = recorded.newcomer();
        audit.record(newcomer.id(), Action.RECORD);
        Created body = new Created(
                newcomer.id(),
                newcomer.caseNumber(),
                newcomer.referrals().stream()
                        .map(r -> new CreatedReferral(r.referralId(), r.partner()))
                        .toList());
        return ResponseEntity.created(URI.create("/api/newcomers/" + newcomer.id()))
                .header("Idempotent-Replayed", Boolean.toString(recorded.replayed()))
                .body(body);
    }

    @GetMapping("/{id}")
    NewcomerView get(@PathVariable UUID id) {
        Newcomer newcomer = newcomers.get(id);
        audit.record(id, Action.READ);
        return view(newcomer);
    }

    @GetMapping
    SummaryPage search(
            @RequestParam(required = false) @Size(min = 1, max = 100) String name,
            @RequestParam(required = false) @Size(max = 30) String caseNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate intakeFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate intakeTo,
            @RequestParam(required = false) String partner,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        MongoOperatorGuard.checkParameter("name", name);
        if (partner != null && !ProfileRules.knownPartner(partner, directory)) {
            throw InvalidInputException.of("partner", "field.not-a-partner");
        }
        DateParameters.within("dateOfBirth", dateOfBirth);
        DateParameters.within("intakeFrom", intakeFrom);
        DateParameters.within("intakeTo", intakeTo);
        String number = caseNumber == null
                ? null
                : CaseNumbers.parse(caseNumber)
                        .orElseThrow(() -> InvalidInputException.of("caseNumber", "field.case-number"));
        if (intakeFrom != null && intakeTo != null && intakeFrom.isAfter(intakeTo)) {
            throw InvalidInputException.of("intakeFrom", "field.from-after-intake-to");
        }
        NewcomerStore.Page found = newcomers.search(
                new NewcomerStore.Search(
                        name,
                        number,
                        dateOfBirth,
                        intakeFrom,
                        intakeTo,
                        partner == null ? null : PartnerCode.of(partner)),
                page,
                size);
        audit.record(found.items().stream().map(Newcomer::id).toList(), Action.LIST);
        return new SummaryPage(
                found.items().stream().map(Summary::of).toList(), found.page(), found.size(), found.totalItems(), (int)
                        ((found.totalItems() + found.size() - 1) / found.size()));
    }

    @PatchMapping(
            path = "/{id}",
            consumes = {"application/merge-patch+json", "application/json"})
    NewcomerView correct(
            @PathVariable UUID id,
            @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "A JSON merge patch (RFC 7396) of the profile: nested objects merge, null"
                                    + " removes a member, arrays replace",
                            content = @Content(schema = @Schema(type = "object")))
                    JsonNode correction,
            Authentication officer) {
        Newcomer corrected = newcomers.correct(id, correction, officer.getName());
        audit.record(id, Action.CORRECT);
        return view(corrected);
    }

    private NewcomerView view(Newcomer n) {
        Map<UUID, LiveStatus> live =
                statuses.of(n.referrals().stream().map(Referral::referralId).toList());
        return new NewcomerView(
                n.id(),
                n.caseNumber(),
                n.municipality(),
                n.profile(),
                n.referrals().stream()
                        .map(r -> ReferralView.of(r, live.get(r.referralId())))
                        .toList(),
                n.followUps(),
                n.recordedAt());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> erase(@PathVariable UUID id) {
        newcomers.erase(id);
        audit.record(id, Action.ERASE);
        compaction.afterErasure(NewcomerStore.COLLECTION);
        compaction.afterErasure(NewcomerKeyStore.COLLECTION);
        return ResponseEntity.noContent().build();
    }
}
