package nl.wegwijs.portal.household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.portal.directory.Partners;
import nl.wegwijs.portal.household.Households.Household;

/**
 * Who is involved with one household and for what: its open referrals per organisation, the closed ones, and per
 * life domain the organisations working on it, so that double work (two for one domain) and gaps (support needed,
 * nobody on it) show at a glance.
 */
record HouseholdOverview(Household household, List<Involvement> open, List<Involvement> closed, List<Domain> domains) {

    record Involvement(
            String referralId,
            String partner,
            String partnerName,
            String contact,
            List<String> lifeDomains,
            String reason,
            String urgency,
            String status,
            String since) {}

    record Domain(String domain, boolean supportNeeded, List<String> partnerNames) {

        public boolean gap() {
            return supportNeeded && partnerNames.isEmpty();
        }

        public boolean twice() {
            return partnerNames.size() > 1;
        }
    }

    @SuppressWarnings("unchecked")
    static HouseholdOverview of(Household household, Map<String, Object> newcomer, Partners partners) {
        List<Involvement> open = new ArrayList<>();
        List<Involvement> closed = new ArrayList<>();
        for (Map<String, Object> referral : (List<Map<String, Object>>) newcomer.get("referrals")) {
            String partner = (String) referral.get("partner");
            String status = (String) referral.get("status");
            Involvement involvement = new Involvement(
                    (String) referral.get("referralId"),
                    partner,
                    partners.name(partner),
                    partners.contact(partner),
                    (List<String>) referral.get("lifeDomains"),
                    (String) referral.get("reason"),
                    (String) referral.get("urgency"),
                    status,
                    Objects.toString(referral.get("statusChangedAt"), (String) referral.get("decidedAt")));
            (ReferralStatus.valueOf(status).isTerminal() ? closed : open).add(involvement);
        }
        open.sort(Comparator.comparing(Involvement::partnerName));
        Map<String, Object> profile = (Map<String, Object>) newcomer.get("profile");
        List<Map<String, Object>> needs = profile == null
                ? List.of()
                : (List<Map<String, Object>>) profile.getOrDefault("lifeDomains", List.of());
        List<Domain> domains = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            boolean needed = needs.stream()
                    .anyMatch(need ->
                            domain.name().equals(need.get("domain")) && Boolean.TRUE.equals(need.get("supportNeeded")));
            List<String> on = open.stream()
                    .filter(involvement -> involvement.lifeDomains().contains(domain.name()))
                    .map(Involvement::partnerName)
                    .distinct()
                    .toList();
            if (needed || !on.isEmpty()) {
                domains.add(new Domain(domain.name(), needed, on));
            }
        }
        return new HouseholdOverview(household, open, closed, domains);
    }
}
