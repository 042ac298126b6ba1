package nl.wegwijs.intake.newcomers;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.contracts.Address;
import nl.wegwijs.contracts.Contact;
import nl.wegwijs.contracts.DomainAssessment;
import nl.wegwijs.contracts.InterpreterNeed;
import nl.wegwijs.contracts.LifeDomain;
import nl.wegwijs.contracts.PartnerCode;
import nl.wegwijs.contracts.PersonName;
import nl.wegwijs.contracts.ProfileTags;
import nl.wegwijs.contracts.Urgency;
import nl.wegwijs.contracts.intake.Consent;
import nl.wegwijs.contracts.intake.Household;
import nl.wegwijs.contracts.intake.MessageChannel;
import nl.wegwijs.contracts.intake.NewcomerProfile;
import nl.wegwijs.contracts.intake.StatusMessages;

/**
 * The profile as the officer enters it. Field rules are annotations; rules across fields and against the partner
 * directory are in {@link ProfileRules}. Partner codes stay strings here so an unknown one is named, not unreadable.
 */
public record ProfileInput(
        @NotNull @Valid Name name,
        @NotNull LocalDate dateOfBirth,

        @NotNull @Pattern(regexp = "[A-Z]{2}") String countryOfOrigin,

        @NotNull @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = LANGUAGE) String> languages,

        @NotNull @Valid Interpreter interpreter,
        @NotNull @Valid ContactInput contact,
        @NotNull LocalDate moveInDate,
        @NotNull LocalDate intakeDate,
        @NotNull @Valid HouseholdInput household,
        @Size(max = 9) List<@NotNull @Valid Domain> lifeDomains,
        @Valid Tags tags,
        @Size(max = 50) List<@NotNull @Valid ConsentInput> consents,
        @Valid StatusMessagesInput statusMessages) {

    static final String LANGUAGE = "[a-z]{2,3}";

    public record Name(
            @NotBlank @Size(max = 200) String givenNames,
            @Size(max = 200) String familyName) {}

    public record Interpreter(
            @NotNull Boolean needed,

            @Pattern(regexp = LANGUAGE) String language) {}

    public record ContactInput(
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,

            @Email @Size(max = 254) String email,
            @Valid AddressInput address) {}

    public record AddressInput(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 20) String houseNumber,

            @NotBlank @Pattern(regexp = "[1-9][0-9]{3} ?[A-Z]{2}")
            String postalCode,

            @NotBlank @Size(max = 100) String city) {}

    public record HouseholdInput(
            @NotNull @Min(1) @Max(20) Integer adults,
            @Size(max = 20) List<@NotNull Integer> childrenBirthYears) {}

    public record Domain(
            @NotNull LifeDomain domain,
            @Size(max = 4000) String situation,
            @NotNull Boolean supportNeeded,
            @NotNull Urgency urgency) {}

    public record Tags(
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> talents,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> ambitions,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> interests,
            @Size(max = 20) List<@NotBlank @Size(max = 300) String> worries) {}

    public record ConsentInput(
            @NotBlank String partner,
            @NotNull Consent.Status status,
            @NotNull LocalDate recordedOn,
            @Size(max = 100) String recordedBy) {}

    /** Whether the newcomer wants short messages on their referrals' progress, and through which contact detail. */
    @Schema(
            description = "Messages to the newcomer when a referral is accepted, waitlisted, started or declined"
                    + " (ADR 23). Absent: not asked, which is no. With consent, channel is required and needs"
                    + " contact.email (EMAIL) or contact.phone (SMS).")
    public record StatusMessagesInput(@NotNull Boolean consent, MessageChannel channel) {}

    /** The contract's profile; a consent without {@code recordedBy} is recorded by the officer who sent it. */
    NewcomerProfile toProfile(String officer) {
        return new NewcomerProfile(
                new PersonName(name.givenNames(), name.familyName()),
                dateOfBirth,
                countryOfOrigin,
                languages,
                interpreter.needed() ? InterpreterNeed.in(interpreter.language()) : InterpreterNeed.none(),
                new Contact(
                        contact.phone(),
                        contact.email(),
                        contact.address() == null
                                ? null
                                : new Address(
                                        contact.address().street(),
                                        contact.address().houseNumber(),
                                        contact.address().postalCode(),
                                        contact.address().city())),
                moveInDate,
                intakeDate,
                new Household(household.adults(), household.childrenBirthYears()),
                lifeDomains == null
                        ? List.of()
                        : lifeDomains.stream()
                                .map(d ->
                                        new DomainAssessment(d.domain(), d.situation(), d.supportNeeded(), d.urgency()))
                                .toList(),
                tags == null
                        ? ProfileTags.none()
                        : new ProfileTags(tags.talents(), tags.ambitions(), tags.interests(), tags.worries()),
                consents == null
                        ? List.of()
                        : consents.stream()
                                .map(c -> new Consent(
                                        PartnerCode.of(c.partner()),
                                        c.status(),
                                        c.recordedOn(),
                                        c.recordedBy() == null || c.recordedBy().isBlank() ? officer : c.recordedBy()))
                                .toList(),
                statusMessages == null ? null : new StatusMessages(statusMessages.consent(), statusMessages.channel()));
    }

    /** The input that would produce this profile: the base a correction is merged onto. */
    static ProfileInput from(NewcomerProfile p) {
        Contact c = p.contact();
        Address a = c.address();
        return new ProfileInput(
                new Name(p.name().givenNames(), p.name().familyName()),
                p.dateOfBirth(),
                p.countryOfOrigin(),
                p.languages(),
                new Interpreter(p.interpreter().needed(), p.interpreter().language()),
                new ContactInput(
                        c.phone(),
                        c.email(),
                        a == null ? null : new AddressInput(a.street(), a.houseNumber(), a.postalCode(), a.city())),
                p.moveInDate(),
                p.intakeDate(),
                new HouseholdInput(p.household().adults(), p.household().childrenBirthYears()),
                p.lifeDomains().stream()
                        .map(d -> new Domain(d.domain(), d.situation(), d.supportNeeded(), d.urgency()))
                        .toList(),
                new Tags(
                        p.tags().talents(),
                        p.tags().ambitions(),
                        p.tags().interests(),
                        p.tags().worries()),
                p.consents().stream()
                        .map(x -> new ConsentInput(x.partner().value(), x.status(), x.recordedOn(), x.recordedBy()))
                        .toList(),
                p.statusMessages() == null
                        ? null
                        : new StatusMessagesInput(
                                p.statusMessages().consent(), p.statusMessages().channel()));
    }
}
