package nl.wegwijs.intake.newcomers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.support.problem.FieldProblem;
import nl.wegwijs.support.problem.InvalidInputException;

/**
 * Whether a referral may be made: to a partner in the directory, for life domains that partner takes, and only with
 * the newcomer's consent where the directory entry does not name a legal basis (docs/design.md section 9). The rule itself
 * is the directory's ({@link PartnerDirectory#refusal}), the same the referral service applies; this class turns its
 * answer into field problems.
 */
public final class ReferralRules {

    private ReferralRules() {}

    /**
     * Checks new referrals; {@code fieldPrefix} names the i-th referral in the request ({@code referrals[0].}), and
     * {@code alreadyActive} are the partners with an open referral.
     *
     * @throws InvalidInputException for unknown or repeated partners (400)
     * @throws RefusedException for a partner without consent or for domains it does not take (422)
     */
    public static void check(
            List<ReferralInput> referrals,
            IntFunction<String> fieldPrefix,
            NewcomerProfile profile,
            Set<PartnerCode> alreadyActive,
            PartnerDirectory directory) {
        List<FieldProblem> invalid = new ArrayList<>();
        List<FieldProblem> refused = new ArrayList<>();
        Set<PartnerCode> seen = new HashSet<>(alreadyActive);
        for (int i = 0; i < referrals.size(); i++) {
            ReferralInput referral = referrals.get(i);
            String field = fieldPrefix.apply(i);
            if (!ProfileRules.knownPartner(referral.partner(), directory)) {
                invalid.add(new FieldProblem(field + "partner", "field.not-a-partner"));
                continue;
            }
            PartnerCode code = PartnerCode.of(referral.partner());
            if (!seen.add(code)) {
                invalid.add(new FieldProblem(field + "partner", "field.open-referral-exists", List.of(code)));
                continue;
            }
            Partner partner = directory.partner(code).orElseThrow();
            directory.refusal(code, referral.lifeDomains(), profile).ifPresent(reason -> {
                switch (reason) {
                    case DOMAIN_NOT_SERVED ->
                        refused.add(new FieldProblem(
                                field + "lifeDomains",
                                "field.domain-not-served",
                                List.of(
                                        code,
                                        referral.lifeDomains().stream()
                                                .filter(domain -> !partner.mayReceive(domain))
                                                .toList()
                                                .toString())));
                    case NO_CONSENT ->
                        refused.add(new FieldProblem(field + "partner", "field.no-consent", List.of(code)));
                    case UNKNOWN_PARTNER -> invalid.add(new FieldProblem(field + "partner", "field.not-a-partner"));
                }
            });
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        if (!refused.isEmpty()) {
            throw new RefusedException(refused);
        }
    }
}
