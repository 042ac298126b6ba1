package nl.wegwijs.intake.cards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.contracts.directory.Municipality;
import nl.wegwijs.contracts.directory.Partner;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.intake.cards.CardPage.Section;
import nl.wegwijs.intake.cards.CardPage.Text;
import nl.wegwijs.intake.newcomers.FollowUp;
import nl.wegwijs.intake.newcomers.Newcomer;
import nl.wegwijs.intake.newcomers.Referral;
import nl.wegwijs.intake.statuses.LiveStatus;
import nl.wegwijs.intake.statuses.ReferralStatuses;
import nl.wegwijs.support.time.MunicipalityTime;
import org.springframework.stereotype.Service;

/**
 * Builds a newcomer's agreements card. It shows only what the newcomer may see of their own route: their name, each
 * open referral's partner (its name from the directory), the life domains it helps with and when to expect contact,
 * the municipality's address for questions and the next follow-up's month. Never the officer's reason, a partner's
 * notes, contacts or anyone else's name.
 */
@Service
class AgreementsCards {

    private final CardTexts texts = new CardTexts();
    private final PartnerDirectory directory;
    private final ReferralStatuses statuses;
    private final MunicipalityTime time;
    private final CardRenderer renderer;

    AgreementsCards(
            PartnerDirectory directory, ReferralStatuses statuses, MunicipalityTime time, CardRenderer renderer) {
        this.directory = directory;
        this.statuses = statuses;
        this.time = time;
        this.renderer = renderer;
    }

    byte[] pdf(Newcomer newcomer, CardLanguage language, List<ContactExpectation> expectations) {
        return renderer.pdf(page(newcomer, language, expectations).xhtml());
    }

    CardPage page(Newcomer newcomer, CardLanguage language, List<ContactExpectation> expectations) {
        Card card = new Card(language);
        String name = newcomer.profile().name().givenNames() + " "
                + newcomer.profile().name().familyName();
        CardPage page = new CardPage(language, card.text("card.title"));
        page.add(new Section(
                card.text("card.for-heading"),
                List.of(card.text("card.for", name), card.dated("card.made-on", time.today()))));

        Map<UUID, ContactExpectation> byReferral =
                expectations.stream().collect(Collectors.toMap(ContactExpectation::referralId, Function.identity()));
        Map<UUID, LiveStatus> live = statuses.of(
                newcomer.referrals().stream().map(Referral::referralId).toList());
        Municipality municipality = directory.municipality();
        for (Referral referral : newcomer.activeReferrals()) {
            LiveStatus status = live.get(referral.referralId());
            if (status != null && status.status().isTerminal()) {
                continue;
            }
            String partner = directory
                    .partner(referral.partner())
                    .map(Partner::name)
                    .orElse(referral.partner().value());
            page.add(new Section(
                    new Text(partner, partner),
                    referralTexts(card, referral, Optional.ofNullable(byReferral.get(referral.referralId())))));
        }
        page.add(new Section(
                card.text("questions.heading"),
                List.of(card.text("questions.whom", municipality.name(), municipality.intakeOfficerEmail()))));
        page.add(new Section(card.text("follow-up.heading"), List.of(nextFollowUp(card, newcomer))));
        return page;
    }

    private List<Text> referralTexts(Card card, Referral referral, Optional<ContactExpectation> expected) {
        List<Text> paragraphs = new ArrayList<>();
        paragraphs.add(card.list("referral.helps-with", referral.lifeDomains()));
        paragraphs.add(card.text("referral.contact-how"));
        if (expected.isEmpty()) {
            paragraphs.add(card.text("expect.unknown"));
            paragraphs.add(card.text("ask.unknown"));
            return paragraphs;
        }
        ContactExpectation e = expected.get();
        if (e.status() == ReferralStatus.WAITLISTED) {
            paragraphs.add(
                    e.expectedStart() == null
                            ? card.text("status.waitlisted")
                            : card.dated("status.waitlisted-until", e.expectedStart()));
        } else if (e.status() == ReferralStatus.ACCEPTED) {
            paragraphs.add(card.text("status.accepted"));
        } else if (e.status() == ReferralStatus.IN_PROGRESS) {
            paragraphs.add(card.text("status.in-progress"));
        } else if (e.enoughHistory()) {
            paragraphs.add(card.dated("expect.between", e.expectedContactFrom(), e.expectedContactBy()));
            paragraphs.add(card.text(
                    "expect.history", e.pickUpsInHistory(), e.pickUpMedianWorkingDays(), e.pickUpP90WorkingDays()));
        } else {
            paragraphs.add(card.dated("expect.no-history", e.expectedContactBy()));
        }
        if (e.waitlistedNow() > 0) {
            paragraphs.add(card.text("expect.waitlist", e.waitlistedNow()));
        }
        if (e.expectedContactBy() != null) {
            paragraphs.add(card.dated("ask.after", e.expectedContactBy()));
        }
        return paragraphs;
    }

    private Text nextFollowUp(Card card, Newcomer newcomer) {
        return newcomer.followUps().stream()
                .filter(followUp -> !followUp.held())
                .map(FollowUp::dueDate)
                .min(Comparator.naturalOrder())
                .map(due -> card.localized("follow-up.month", in ->
                        new Object[] {texts.text(in, "month." + due.getMonthValue()), due.getYear()}))
                .orElseGet(() -> card.text("follow-up.none"));
    }

    /** The texts of one card: each in the newcomer's language and in Dutch. */
    private final class Card {

        private final CardLanguage language;

        Card(CardLanguage language) {
            this.language = language;
        }

        Text text(String key, Object... args) {
            return localized(key, in -> args);
        }

        /** A text whose arguments are texts themselves, each in the text's own language. */
        Text localized(String key, Function<CardLanguage, Object[]> args) {
            return new Text(
                    texts.text(language, key, args.apply(language)),
                    texts.text(CardLanguage.NL, key, args.apply(CardLanguage.NL)));
        }

        /**
         * A text with dates, each written with the month's name: a date of digits and dashes alone would be
         * reordered inside a right-to-left line.
         */
        Text dated(String key, LocalDate... dates) {
            return localized(
                    key,
                    in -> Arrays.stream(dates)
                            .map(day -> texts.text(
                                    in,
                                    "date",
                                    day.getDayOfMonth(),
                                    texts.text(in, "month." + day.getMonthValue()),
                                    day.getYear()))
                            .toArray());
        }

        Text list(String key, List<LifeDomain> domains) {
            return localized(key, in -> new Object[] {domains(in, domains)});
        }

        private String domains(CardLanguage in, List<LifeDomain> domains) {
            return domains.stream()
                    .map(domain -> texts.text(in, "domain." + domain.name()))
                    .collect(Collectors.joining(texts.text(in, "list.separator")));
        }
    }
}
