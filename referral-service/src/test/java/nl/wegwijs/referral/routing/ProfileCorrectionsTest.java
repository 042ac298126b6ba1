package nl.wegwijs.referral.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import nl.wegwijs.contracts.CloudEventHeaders;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.EventJson;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.Topics;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.Household;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralDecision;
import nl.wegwijs.contracts.referral.ReferralDetailsCorrected;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;
import nl.wegwijs.referral.ReferralServiceTest;
import nl.wegwijs.referral.TestEvents;
import nl.wegwijs.referral.inbox.Inbox;
import nl.wegwijs.referral.referrals.Referral;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A NewcomerProfileCorrected reaches each partner holding an open referral, minimised as at issue. */
class ProfileCorrectionsTest extends ReferralServiceTest {

    private static final String CORRECTED = "nl.wegwijs.referral.ReferralDetailsCorrected.v1";
    private static final Contact NEW_CONTACT = new Contact("+31 6 1111 2222", "amal.d@example.org", null);

    @Autowired
    Inbox inbox;

    @Test
    void aNewContactReachesEveryPartnerWithAnOpenReferralAndThePartnerApiShowsIt() throws Exception {
        NewcomerProfiled profiled = profiledAndReceived();

        correct(profiled.newcomerId(), withContact(profiled.profile(), NEW_CONTACT), "contact");

        for (ReferralDecision decision : profiled.referrals()) {
            ReferralDetailsCorrected correction = corrections(decision, 1).get(0);
            assertThat(correction.changedFields()).containsExactly("contact");
            assertThat(correction.contact()).isEqualTo(NEW_CONTACT);
            assertThat(correction.name()).isNull();
            assertThat(correction.childrenBirthYears()).isNull();
            await().atMost(WAIT)
                    .until(() ->
                            NEW_CONTACT.equals(delivered(decision.referralId()).contact()));
            mvc.perform(get("/api/partner/referrals/{id}", decision.referralId())
                            .with(partner(decision.partner())))
                    .andExpect(jsonPath("$.referral.contact.phone").value(NEW_CONTACT.phone()))
                    .andExpect(jsonPath("$.referral.name.givenNames")
                            .value(profiled.profile().name().givenNames()));
        }
    }

    @Test
    void aChangeAPartnerMayNotSeeIsNotSentToIt() {
        NewcomerProfiled profiled = profiledAndReceived();
        NewcomerProfile moreChildren = withHousehold(profiled.profile(), new Household(2, List.of(2017, 2021, 2025)));

        correct(profiled.newcomerId(), moreChildren, "household");
        correct(profiled.newcomerId(), withContact(moreChildren, NEW_CONTACT), "contact");

        ReferralDecision cjg = decision(profiled, PartnerCode.CJG);
        assertThat(corrections(cjg, 2))
                .extracting(ReferralDetailsCorrected::changedFields)
                .containsExactly(List.of("childrenBirthYears"), List.of("contact"));
        assertThat(corrections(cjg, 2).get(0).childrenBirthYears()).containsExactly(2017, 2021, 2025);
        // RSD may not see the children: its first correction is the contact, behind which nothing else can hide
        List<ReferralDetailsCorrected> rsd = corrections(decision(profiled, PartnerCode.RSD), 1);
        assertThat(rsd).hasSize(1);
        assertThat(rsd.get(0).changedFields()).containsExactly("contact");
    }

    @Test
    void aWithdrawnConsentWithdrawsThatPartnersOpenReferralOnly() {
        NewcomerProfiled profiled = profiledAndReceived();
        List<Consent> refusedTaalhuis = profiled.profile().consents().stream()
                .map(consent -> consent.partner().equals(PartnerCode.TAALHUIS)
                        ? TestEvents.consent(PartnerCode.TAALHUIS, Consent.Status.REFUSED)
                        : consent)
                .toList();

        correct(profiled.newcomerId(), TestEvents.withConsents(profiled.profile(), refusedTaalhuis), "consents");

        ReferralDecision taalhuis = decision(profiled, PartnerCode.TAALHUIS);
        Referral cancelled = awaitStatus(taalhuis.referralId(), ReferralStatus.CANCELLED);
        assertThat(cancelled.timeline().get(cancelled.timeline().size() - 1).reason())
                .isEqualTo(ProfileCorrections.CONSENT_WITHDRAWN);
        ReferralWithdrawn withdrawn = event(
                awaitRecords(Topics.partnerReferrals(PartnerCode.TAALHUIS), typed(taalhuis, "ReferralWithdrawn"), 1)
                        .get(0),
                ReferralWithdrawn.class);
        assertThat(withdrawn.reason()).isEqualTo(ProfileCorrections.CONSENT_WITHDRAWN);
        // Data ends when the need ends (issue 17): Taalhuis keeps the id, the status and the dates, not the person.
        assertThat(cancelled.partnerView()).isNull();
        await().atMost(WAIT)
                .until(() -> inbox.find(taalhuis.referralId())
                        .map(entry -> entry.withdrawnAt() != null && entry.referral() == null)
                        .orElse(false));
        assertThat(referrals
                        .find(decision(profiled, PartnerCode.CJG).referralId())
                        .orElseThrow()
                        .status())
                .isEqualTo(ReferralStatus.RECEIVED);
    }

    @Test
    void aReferralAddedAfterAConsentGivenByCorrectionIsIssued() {
        NewcomerProfile noTaalhuisConsent = TestEvents.withConsents(
                TestEvents.profile(),
                TestEvents.profile().consents().stream()
                        .filter(consent -> !consent.partner().equals(PartnerCode.TAALHUIS))
                        .toList());
        ReferralDecision rsd = TestEvents.decision(PartnerCode.RSD, LifeDomain.EDUCATION);
        NewcomerProfiled profiled = new NewcomerProfiled(
                UUID.randomUUID(),
                Instant.now(),
                TestEvents.MUNICIPALITY,
                UUID.randomUUID(),
                noTaalhuisConsent,
                List.of(rsd));
        publish(Topics.NEWCOMER_PROFILED, profiled);
        awaitStatus(rsd.referralId(), ReferralStatus.RECEIVED);

        correct(profiled.newcomerId(), TestEvents.profile(), "consents");
        ReferralDecision taalhuis = TestEvents.decision(PartnerCode.TAALHUIS, LifeDomain.LANGUAGE);
        publish(
                Topics.NEWCOMER_PROFILED,
                new ReferralAdded(
                        UUID.randomUUID(), Instant.now(), TestEvents.MUNICIPALITY, profiled.newcomerId(), taalhuis));

        Referral issued = awaitStatus(taalhuis.referralId(), ReferralStatus.RECEIVED);
        assertThat(issued.failureReason()).isNull();
        assertThat(awaitRecords(Topics.partnerReferrals(PartnerCode.TAALHUIS), typed(taalhuis, "ReferralIssued"), 1))
                .hasSize(1);
    }

    private NewcomerProfiled profiledAndReceived() {
        NewcomerProfiled profiled = TestEvents.profiled();
        publish(Topics.NEWCOMER_PROFILED, profiled);
        profiled.referrals().forEach(decision -> awaitStatus(decision.referralId(), ReferralStatus.RECEIVED));
        return profiled;
    }

    private void correct(UUID newcomerId, NewcomerProfile profile, String... changed) {
        publish(
                Topics.NEWCOMER_PROFILED,
                new NewcomerProfileCorrected(
                        UUID.randomUUID(),
                        Instant.now(),
                        TestEvents.MUNICIPALITY,
                        newcomerId,
                        profile,
                        List.of(changed)));
    }

    private List<ReferralDetailsCorrected> corrections(ReferralDecision decision, int atLeast) {
        return awaitRecords(
                        Topics.partnerReferrals(decision.partner()),
                        typed(decision, "ReferralDetailsCorrected"),
                        atLeast)
                .stream()
                .map(record -> event(record, ReferralDetailsCorrected.class))
                .toList();
    }

    private static Predicate<ConsumerRecord<String, byte[]>> typed(ReferralDecision decision, String eventName) {
        return record -> keyed(decision.referralId()).test(record)
                && ("nl.wegwijs.referral." + eventName + ".v1").equals(header(record, CloudEventHeaders.TYPE));
    }

    private ReferralIssued delivered(UUID referralId) {
        return inbox.find(referralId)
                .map(entry -> EventJson.mapper().readValue(entry.referral(), ReferralIssued.class))
                .orElseThrow();
    }

    private static ReferralDecision decision(NewcomerProfiled profiled, PartnerCode partner) {
        return profiled.referrals().stream()
                .filter(decision -> decision.partner().equals(partner))
                .findFirst()
                .orElseThrow();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor partner(PartnerCode code) {
        return jwt().jwt(token -> token.subject("partner-" + code.topicSlug()).claim("partner", code.value()))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    private static NewcomerProfile withContact(NewcomerProfile p, Contact contact) {
        return new NewcomerProfile(
                p.name(),
                p.dateOfBirth(),
                p.countryOfOrigin(),
                p.languages(),
                p.interpreter(),
                contact,
                p.moveInDate(),
                p.intakeDate(),
                p.household(),
                p.lifeDomains(),
                p.tags(),
                p.consents(),
                p.statusMessages());
    }

    private static NewcomerProfile withHousehold(NewcomerProfile p, Household household) {
        return new NewcomerProfile(
                p.name(),
                p.dateOfBirth(),
                p.countryOfOrigin(),
                p.languages(),
                p.interpreter(),
                p.contact(),
                p.moveInDate(),
                p.intakeDate(),
                household,
                p.lifeDomains(),
                p.tags(),
                p.consents(),
                p.statusMessages());
    }
}
