package nl.wegwijs.intake.newcomers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.wegwijs.contracts.intake.NewcomerProfile;

/**
 * The aggregate: one newcomer's case number, profile, the referrals decided for them and their follow-up conversations.
 * After erasure only the remains of {@link #erased} stay; statistics keep an {@link AnonymousIntake} apart.
 */
public record Newcomer(
        UUID id,
        String caseNumber,
        String municipality,
        NewcomerProfile profile,
        List<Referral> referrals,
        List<FollowUp> followUps,
        Instant recordedAt,
        Instant erasedAt) {

    public Newcomer {
        referrals = List.copyOf(referrals);
        followUps = List.copyOf(followUps);
    }

    public boolean wasErased() {
        return erasedAt != null;
    }

    public Optional<Referral> referral(UUID referralId) {
        return referrals.stream().filter(r -> r.referralId().equals(referralId)).findFirst();
    }

    public Optional<FollowUp> followUp(int number) {
        return followUps.stream().filter(f -> f.number() == number).findFirst();
    }

    public List<Referral> activeReferrals() {
        return referrals.stream().filter(Referral::active).toList();
    }

    /** The same newcomer with the case number the store holds beside its state. */
    Newcomer withCaseNumber(String number) {
        return new Newcomer(id, number, municipality, profile, referrals, followUps, recordedAt, erasedAt);
    }

    Newcomer withProfile(NewcomerProfile changed) {
        return new Newcomer(id, caseNumber, municipality, changed, referrals, followUps, recordedAt, erasedAt);
    }

    public Newcomer withReferral(Referral added) {
        List<Referral> all = new ArrayList<>(referrals);
        all.add(added);
        return new Newcomer(id, caseNumber, municipality, profile, all, followUps, recordedAt, erasedAt);
    }

    public Newcomer withReferralChanged(UUID referralId, UnaryOperator<Referral> change) {
        List<Referral> all = referrals.stream()
                .map(r -> r.referralId().equals(referralId) ? change.apply(r) : r)
                .toList();
        return new Newcomer(id, caseNumber, municipality, profile, all, followUps, recordedAt, erasedAt);
    }

    public Newcomer withFollowUps(List<FollowUp> changed) {
        return new Newcomer(id, caseNumber, municipality, profile, referrals, changed, recordedAt, erasedAt);
    }

    /**
     * What stays under the newcomer's id: that they were erased, and their referrals without reasons, so a repeated
     * erasure can finish what a failed one left. No dates of the intake or its conversations: those are in the
     * {@link AnonymousIntake}, which must not be joinable to this.
     */
    Newcomer erased(Instant at) {
        return new Newcomer(
                id,
                caseNumber,
                municipality,
                null,
                referrals.stream().map(Referral::anonymised).toList(),
                List.of(),
                null,
                at);
    }
}
