package nl.wegwijs.intake.newcomers;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.intake.keys.NewcomerKeyStore;
import nl.wegwijs.intake.statuses.ReferralStatuses;
import nl.wegwijs.support.outbox.OutboxRelay;
import nl.wegwijs.support.outbox.PendingEvent;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.InvalidInputException;
import nl.wegwijs.support.time.MunicipalityTime;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recording, reading, correcting and erasing newcomers' profiles. */
@Service
public class NewcomerService {

    private final NewcomerStore store;
    private final IntakeEvents events;
    private final OutboxRelay relay;
    private final PartnerDirectory directory;
    private final Validator validator;
    private final JsonMapper json;
    private final ReferralStatuses statuses;
    private final MunicipalityTime time;
    private final CaseNumbers caseNumbers;
    private final AnonymousIntakes anonymousIntakes;
    private final NewcomerKeyStore keys;

    NewcomerService(
            NewcomerStore store,
            IntakeEvents events,
            OutboxRelay relay,
            PartnerDirectory directory,
            Validator validator,
            JsonMapper json,
            ReferralStatuses statuses,
            MunicipalityTime time,
            CaseNumbers caseNumbers,
            AnonymousIntakes anonymousIntakes,
            NewcomerKeyStore keys) {
        this.store = store;
        this.events = events;
        this.relay = relay;
        this.directory = directory;
        this.validator = validator;
        this.json = json;
        this.statuses = statuses;
        this.time = time;
        this.caseNumbers = caseNumbers;
        this.anonymousIntakes = anonymousIntakes;
        this.keys = keys;
    }

    /** The outcome of recording an intake; {@code replayed} when an earlier request with the same key made it. */
    public record Recorded(Newcomer newcomer, boolean replayed) {}

    public Recorded record(NewcomerRequest request, String idempotencyKey, String officer) {
        List<FieldProblem> problems = ProfileRules.check(request.profile(), "profile.", today(), directory);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        NewcomerProfile profile = request.profile().toProfile(officer);
        ReferralRules.check(request.referralsOrNone(), i -> "referrals[" + i + "].", profile, Set.of(), directory);

        UUID id = idempotencyKey == null ? UUID.randomUUID() : idFor(officer, idempotencyKey);
        String hash = idempotencyKey == null ? null : hash(request);
        if (hash != null && store.find(id).isPresent()) {
            return replay(id, hash);
        }
        if (!request.confirmedDifferentPerson()) {
            refusePossibleDuplicate(profile, id);
        }
        Newcomer newcomer = new Newcomer(
                id,
                caseNumbers.next(profile.intakeDate().getYear()),
                events.municipality(),
                profile,
                request.referralsOrNone().stream()
                        .map(r -> Referral.decided(r, events.now()))
                        .toList(),
                FollowUpSchedule.forIntake(
                        profile.intakeDate(), directory.municipality().followUps()),
                events.now(),
                null);
        List<PendingEvent> pending = new ArrayList<>();
        pending.add(events.profiled(newcomer));
        newcomer.followUps().forEach(f -> pending.add(events.followUpScheduled(newcomer, f)));

        if (!store.insert(newcomer, hash, pending)) {
            return replay(id, hash);
        }
        keys.recorded(id);
        relay.publish(id.toString(), pending);
        return new Recorded(newcomer, false);
    }

    public Newcomer get(UUID id) {
        return readable(id).newcomer();
    }

    public NewcomerStore.Page search(NewcomerStore.Search search, int page, int size) {
        return store.search(search, page, size);
    }

    /**
     * Applies a correction, a JSON merge patch (RFC 7396) of the profile, then checks the whole profile again. Publishes
     * {@code NewcomerProfileCorrected} with the fields that changed; a correction that changes nothing writes nothing.
     * A changed intake date moves the follow-ups not yet held.
     */
    public Newcomer correct(UUID id, JsonNode patch, String officer) {
        if (!patch.isObject() || patch.isEmpty()) {
            throw InvalidInputException.of("", "field.correction-object");
        }
        NewcomerStore.Stored stored = readable(id);
        Newcomer current = stored.newcomer();
        JsonNode merged = MergePatch.apply(json.valueToTree(ProfileInput.from(current.profile())), patch);
        ProfileInput input = json.treeToValue(merged, ProfileInput.class);
        validate(input);

        NewcomerProfile profile = input.toProfile(officer);
        List<String> changedFields = ChangedFields.between(current.profile(), profile, json);
        if (changedFields.isEmpty()) {
            return current;
        }
        refuseWithdrawnConsent(current, profile);
        Newcomer corrected = current.withProfile(profile);
        List<PendingEvent> pending = new ArrayList<>();
        pending.add(events.profileCorrected(corrected, changedFields));
        if (!profile.intakeDate().equals(current.profile().intakeDate())) {
            List<FollowUp> due = FollowUpSchedule.forIntake(
                    profile.intakeDate(), directory.municipality().followUps());
            corrected = corrected.withFollowUps(current.followUps().stream()
                    .map(f ->
                            f.held() ? f : f.rescheduled(due.get(f.number() - 1).dueDate()))
                    .toList());
            Newcomer rescheduled = corrected;
            rescheduled.followUps().stream()
                    .filter(f -> !f.held())
                    .forEach(f -> pending.add(events.followUpScheduled(rescheduled, f)));
        }
        relay.publish(id.toString(), store.update(stored, corrected, pending));
        return corrected;
    }

    /**
     * Removes the personal data and publishes {@code NewcomerErased}; erasing twice changes nothing. The referral
     * statuses are forgotten after the newcomer's write and the newcomer's key destroyed before it
     * (docs/adr/0025-crypto-shredding.md), and again on every repeat, so a retry completes a failed one.
     */
    public void erase(UUID id) {
        NewcomerStore.Stored stored = store.find(id).orElseThrow(() -> notFound(id));
        // The key first: a crash after it leaves nothing readable; events still to be sent go out shredded.
        keys.destroy(id);
        if (!stored.newcomer().wasErased()) {
            Newcomer remains = stored.newcomer().erased(events.now());
            relay.publish(
                    id.toString(),
                    store.erase(stored, remains, AnonymousIntake.of(stored.newcomer()), events.erased(remains)));
        }
        anonymousIntakes.settle(id);
        statuses.forget(
                stored.newcomer().referrals().stream().map(Referral::referralId).toList());
    }

    /** A newcomer that exists and was not erased, for reads and changes. */
    public NewcomerStore.Stored readable(UUID id) {
        NewcomerStore.Stored stored = store.find(id).orElseThrow(() -> notFound(id));
        if (stored.newcomer().wasErased()) {
            throw new GoneException("newcomer.erased", id);
        }
        return stored;
    }

    /** The municipality's date, not the machine's: an intake at 00:30 in Zeist is dated that day. */
    public LocalDate today() {
        return time.today();
    }

    /** Field errors are named and worded as for a posted intake: {@code contact.phone}, not the raw pattern. */
    private void validate(ProfileInput input) {
        Errors errors = new MapBindingResult(new HashMap<>(), "profile");
        new SpringValidatorAdapter(validator).validate(input, errors);
        if (errors.hasErrors()) {
            throw InvalidInputException.of(errors);
        }
        List<FieldProblem> problems = ProfileRules.check(input, "", today(), directory);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void refuseWithdrawnConsent(Newcomer current, NewcomerProfile corrected) {
        List<FieldProblem> refused = current.activeReferrals().stream()
                .map(Referral::partner)
                .filter(partner -> directory.partner(partner).orElseThrow().requiresConsent())
                .filter(partner ->
                        !corrected.consentFor(partner).map(Consent::isGiven).orElse(false))
                .map(partner -> new FieldProblem("consents", "field.consent-needed-by-open-referral", List.of(partner)))
                .toList();
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }

    private void refusePossibleDuplicate(NewcomerProfile profile, UUID id) {
        store.possibleDuplicate(profile, id).ifPresent(existing -> {
            List<Object> newcomer = List.of(existing);
            throw new PossibleDuplicateException(
                    existing,
                    List.of(
                            new FieldProblem("profile.name.givenNames", "field.same-as-newcomer", newcomer),
                            new FieldProblem("profile.name.familyName", "field.same-as-newcomer", newcomer),
                            new FieldProblem("profile.dateOfBirth", "field.same-as-newcomer", newcomer)));
        });
    }

    private Recorded replay(UUID id, String hash) {
        NewcomerStore.Stored first = store.find(id).orElseThrow();
        if (!hash.equals(first.requestHash())) {
            throw RefusedException.of("Idempotency-Key", "field.idempotency-key-reused");
        }
        return new Recorded(first.newcomer(), true);
    }

    /** The same officer's key always names the same newcomer, so a retry can never create a second one. */
    private static UUID idFor(String officer, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(("intake:" + officer + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    private String hash(NewcomerRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("newcomer.not-found", id);
    }
}
