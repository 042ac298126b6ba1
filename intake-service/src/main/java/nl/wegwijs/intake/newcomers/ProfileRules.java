package nl.wegwijs.intake.newcomers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.directory.PartnerDirectory;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.support.problem.FieldProblem;

/** The profile rules that span fields or need today's date or the partner directory. */
final class ProfileRules {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> TWO_LETTER_LANGUAGES = Set.of(Locale.getISOLanguages());

    private ProfileRules() {}

    static List<FieldProblem> check(ProfileInput p, String prefix, LocalDate today, PartnerDirectory directory) {
        List<FieldProblem> problems = new ArrayList<>();
        if (p.dateOfBirth().isAfter(today)) {
            problems.add(new FieldProblem(prefix + "dateOfBirth", "field.not-in-future"));
        } else if (p.dateOfBirth().isBefore(today.minusYears(120))) {
            problems.add(new FieldProblem(prefix + "dateOfBirth", "field.within-120-years"));
        }
        if (p.intakeDate().isAfter(today)) {
            problems.add(new FieldProblem(prefix + "intakeDate", "field.not-in-future"));
        }
        if (p.intakeDate().isAfter(p.moveInDate().plusYears(1))) {
            problems.add(new FieldProblem(prefix + "intakeDate", "field.intake-within-year-of-move-in"));
        }
        if (p.intakeDate().isBefore(p.dateOfBirth())) {
            problems.add(new FieldProblem(prefix + "intakeDate", "field.not-before-birth"));
        }
        if (!COUNTRIES.contains(p.countryOfOrigin())) {
            problems.add(new FieldProblem(prefix + "countryOfOrigin", "field.country-code"));
        }
        for (int i = 0; i < p.languages().size(); i++) {
            if (!knownLanguage(p.languages().get(i))) {
                problems.add(new FieldProblem(prefix + "languages[" + i + "]", "field.language-code"));
            }
        }
        if (p.interpreter().needed() && p.interpreter().language() == null) {
            problems.add(new FieldProblem(prefix + "interpreter.language", "field.interpreter-language-required"));
        } else if (p.interpreter().language() != null
                && !knownLanguage(p.interpreter().language())) {
            problems.add(new FieldProblem(prefix + "interpreter.language", "field.language-code"));
        }
        List<Integer> births = p.household().childrenBirthYears();
        for (int i = 0; births != null && i < births.size(); i++) {
            if (births.get(i) > today.getYear() || births.get(i) < today.getYear() - 120) {
                problems.add(new FieldProblem(
                        prefix + "household.childrenBirthYears[" + i + "]", "field.past-year-within-120"));
            }
        }
        checkDomains(p, prefix, problems);
        checkConsents(p, prefix, today, directory, problems);
        checkStatusMessages(p, prefix, problems);
        return problems;
    }

    /** Consent to messages needs a channel, and the channel needs its contact detail. */
    private static void checkStatusMessages(ProfileInput p, String prefix, List<FieldProblem> problems) {
        ProfileInput.StatusMessagesInput messages = p.statusMessages();
        if (messages == null || !messages.consent()) {
            return;
        }
        String field = prefix + "statusMessages.channel";
        if (messages.channel() == null) {
            problems.add(new FieldProblem(field, "field.channel-required"));
        } else if (messages.channel() == MessageChannel.EMAIL
                && isBlank(p.contact().email())) {
            problems.add(new FieldProblem(field, "field.channel-needs-email"));
        } else if (messages.channel() == MessageChannel.SMS
                && isBlank(p.contact().phone())) {
            problems.add(new FieldProblem(field, "field.channel-needs-phone"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean knownLanguage(String code) {
        return code.length() == 3 || TWO_LETTER_LANGUAGES.contains(code);
    }

    private static void checkDomains(ProfileInput p, String prefix, List<FieldProblem> problems) {
        Set<LifeDomain> seen = new HashSet<>();
        for (int i = 0; p.lifeDomains() != null && i < p.lifeDomains().size(); i++) {
            if (!seen.add(p.lifeDomains().get(i).domain())) {
                problems.add(new FieldProblem(prefix + "lifeDomains[" + i + "].domain", "field.appears-twice"));
            }
        }
    }

    private static void checkConsents(
            ProfileInput p, String prefix, LocalDate today, PartnerDirectory directory, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; p.consents() != null && i < p.consents().size(); i++) {
            ProfileInput.ConsentInput consent = p.consents().get(i);
            String field = prefix + "consents[" + i + "]";
            if (!knownPartner(consent.partner(), directory)) {
                problems.add(new FieldProblem(field + ".partner", "field.not-a-partner"));
            } else if (!seen.add(consent.partner())) {
                problems.add(new FieldProblem(field + ".partner", "field.appears-twice"));
            }
            if (consent.recordedOn().isAfter(today)) {
                problems.add(new FieldProblem(field + ".recordedOn", "field.not-in-future"));
            }
        }
    }

    static boolean knownPartner(String code, PartnerDirectory directory) {
        return PartnerCode.isValid(code) && directory.contains(PartnerCode.of(code));
    }
}
