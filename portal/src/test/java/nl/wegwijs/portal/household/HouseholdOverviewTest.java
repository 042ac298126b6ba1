package nl.wegwijs.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wegwijs.portal.PortalSettings;
import nl.wegwijs.portal.directory.Partners;
import org.junit.jupiter.api.Test;

/** Who works on what: open and closed referrals apart, and per life domain gaps and double work. */
class HouseholdOverviewTest {

    private final Partners partners = new Partners(new PortalSettings("", "", "", "roles", "partner", "", ""));

    @Test
    void openReferralsPerOrganisationAndPerDomainAGapAndDoubleWork() {
        Map<String, Object> newcomer = Map.of(
                "profile",
                Map.of(
                        "lifeDomains",
                        List.of(need("LANGUAGE", true), need("CHILDREN_AND_PARENTING", true), need("HOUSING", false))),
                "referrals",
                List.of(
                        referral("TAALHUIS", "LANGUAGE", "ACCEPTED"),
                        referral("SAMEN_OPLOPEN", "LANGUAGE", "RECEIVED"),
                        referral("CJG", "CHILDREN_AND_PARENTING", "REJECTED")));

        HouseholdOverview overview = HouseholdOverview.of(
                new Households.Household(UUID.randomUUID(), "Amal Darwish", "WW-2026-00001"), newcomer, partners);

        assertThat(overview.open())
                .extracting(HouseholdOverview.Involvement::partner)
                .containsExactly("SAMEN_OPLOPEN", "TAALHUIS");
        assertThat(overview.closed())
                .extracting(HouseholdOverview.Involvement::partner)
                .containsExactly("CJG");
        assertThat(overview.open().get(1).partnerName()).isEqualTo("Taalhuis");
        assertThat(overview.domains())
                .extracting(HouseholdOverview.Domain::domain)
                .containsExactly("LANGUAGE", "CHILDREN_AND_PARENTING");
        HouseholdOverview.Domain language = overview.domains().get(0);
        assertThat(language.twice()).isTrue();
        assertThat(language.gap()).isFalse();
        HouseholdOverview.Domain children = overview.domains().get(1);
        assertThat(children.gap()).isTrue();
        assertThat(children.partnerNames()).isEmpty();
    }

    private static Map<String, Object> need(String domain, boolean supportNeeded) {
        return Map.of("domain", domain, "supportNeeded", supportNeeded);
    }

    private static Map<String, Object> referral(String partner, String domain, String status) {
        return Map.of(
                "referralId",
                UUID.randomUUID().toString(),
                "partner",
                partner,
                "lifeDomains",
                List.of(domain),
                "reason",
                "reden",
                "urgency",
                "NORMAL",
                "status",
                status,
                "decidedAt",
                "2026-09-01T08:00:00Z");
    }
}
