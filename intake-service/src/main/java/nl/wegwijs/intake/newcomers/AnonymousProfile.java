package nl.wegwijs.intake.newcomers;

import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.NewcomerProfile;

/**
 * What remains of a profile after erasure: no name, contact, exact birth date, texts or tags, only what the
 * municipality's statistics need.
 */
public record AnonymousProfile(
        int birthYear,
        String countryOfOrigin,
        List<String> languages,
        boolean interpreterNeeded,
        LocalDate moveInDate,
        LocalDate intakeDate,
        int householdSize,
        List<DomainNeed> lifeDomains,
        List<ConsentStatus> consents) {

    public record DomainNeed(LifeDomain domain, boolean supportNeeded, Urgency urgency) {}

    public record ConsentStatus(PartnerCode partner, Consent.Status status, LocalDate recordedOn) {}

    static AnonymousProfile of(NewcomerProfile p) {
        return new AnonymousProfile(
                p.dateOfBirth().getYear(),
                p.countryOfOrigin(),
                p.languages(),
                p.interpreter().needed(),
                p.moveInDate(),
                p.intakeDate(),
                p.household().adults() + p.household().childrenBirthYears().size(),
                p.lifeDomains().stream()
                        .map(d -> new DomainNeed(d.domain(), d.supportNeeded(), d.urgency()))
                        .toList(),
                p.consents().stream()
                        .map(c -> new ConsentStatus(c.partner(), c.status(), c.recordedOn()))
                        .toList());
    }
}
