package nl.wegwijs.portal.newcomers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.contracts.LifeDomain;

/**
 * The intake conversation as the officer types it, bound field by field, so that a page sent back after an error
 * shows everything as it was typed. Lists of words are typed comma-separated.
 */
public class IntakeForm {

    /** Referral rows on the form; a row without a partner is left out. */
    static final int REFERRAL_ROWS = 4;

    private String givenNames;
    private String familyName;
    private String dateOfBirth;
    private String countryOfOrigin;
    private String languages;
    private boolean interpreterNeeded;
    private String interpreterLanguage;
    private String phone;
    private String email;
    private String street;
    private String houseNumber;
    private String postalCode;
    private String city;
    private String messages;
    private String moveInDate;
    private String intakeDate;
    private String adults = "1";
    private String childrenBirthYears;
    private List<DomainEntry> domains = new ArrayList<>();
    private String talents;
    private String ambitions;
    private String interests;
    private String worries;
    private List<ConsentEntry> consents = new ArrayList<>();
    private List<ReferralEntry> referrals = new ArrayList<>();
    private boolean differentPersonConfirmed;

    /** An empty form: one entry per life domain, a consent per partner that needs one, empty referral rows. */
    static IntakeForm empty(List<String> partnersNeedingConsent, String today) {
        IntakeForm form = new IntakeForm();
        form.intakeDate = today;
        Arrays.stream(LifeDomain.values()).forEach(domain -> form.domains.add(new DomainEntry(domain.name())));
        partnersNeedingConsent.forEach(partner -> form.consents.add(new ConsentEntry(partner)));
        for (int i = 0; i < REFERRAL_ROWS; i++) {
            form.referrals.add(new ReferralEntry());
        }
        return form;
    }

    /** The intake API's request body. */
    Map<String, Object> body() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("name", map("givenNames", givenNames, "familyName", familyName));
        profile.put("dateOfBirth", blankToNull(dateOfBirth));
        profile.put("countryOfOrigin", blankToNull(countryOfOrigin));
        profile.put("languages", words(languages));
        profile.put(
                "interpreter",
                map("needed", interpreterNeeded, "language", interpreterNeeded ? interpreterLanguage : null));
        Map<String, Object> contact = map("phone", phone, "email", email);
        if (!isBlank(street) || !isBlank(houseNumber) || !isBlank(postalCode) || !isBlank(city)) {
            contact.put(
                    "address",
                    map("street", street, "houseNumber", houseNumber, "postalCode", postalCode, "city", city));
        }
        profile.put("contact", contact);
        profile.put("statusMessages", StatusMessagesChoice.toApi(messages));
        profile.put("moveInDate", blankToNull(moveInDate));
        profile.put("intakeDate", blankToNull(intakeDate));
        profile.put("household", map("adults", number(adults), "childrenBirthYears", numbers(childrenBirthYears)));
        profile.put(
                "lifeDomains",
                domains.stream()
                        .filter(DomainEntry::isFilledIn)
                        .map(entry -> map(
                                "domain",
                                entry.getDomain(),
                                "situation",
                                entry.getSituation(),
                                "supportNeeded",
                                entry.isSupportNeeded(),
                                "urgency",
                                entry.getUrgency()))
                        .toList());
        profile.put(
                "tags",
                map(
                        "talents",
                        words(talents),
                        "ambitions",
                        words(ambitions),
                        "interests",
                        words(interests),
                        "worries",
                        lines(worries)));
        profile.put(
                "consents",
                consents.stream()
                        .filter(consent -> !isBlank(consent.getStatus()))
                        .map(consent -> map(
                                "partner",
                                consent.getPartner(),
                                "status",
                                consent.getStatus(),
                                "recordedOn",
                                intakeDate))
                        .toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("profile", profile);
        body.put(
                "referrals",
                sentReferralRows().stream()
                        .map(referrals::get)
                        .map(row -> map(
                                "partner",
                                row.getPartner(),
                                "lifeDomains",
                                isBlank(row.getLifeDomain()) ? List.of() : List.of(row.getLifeDomain()),
                                "reason",
                                row.getReason(),
                                "urgency",
                                blankToNull(row.getUrgency())))
                        .toList());
        body.put("differentPersonConfirmed", differentPersonConfirmed);
        return body;
    }

    /** The form rows of the referrals sent, in the order the API numbers them. */
    List<Integer> sentReferralRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < referrals.size(); i++) {
            if (!isBlank(referrals.get(i).getPartner())) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value instanceof String text ? blankToNull(text) : value);
        }
        return map;
    }

    private static List<String> lines(String text) {
        return isBlank(text)
                ? List.of()
                : text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> words(String text) {
        return isBlank(text)
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(word -> !word.isEmpty())
                        .toList();
    }

    /** A number as typed; text that is no number goes as text, so the API names the field. */
    private static Object number(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static List<Object> numbers(String text) {
        return words(text).stream().map(IntakeForm::number).toList();
    }

    private static String blankToNull(String text) {
        return isBlank(text) ? null : text.trim();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** One life domain of the conversation; left out when nothing was noted and no support is needed. */
    public static class DomainEntry {
        private String domain;
        private String situation;
        private boolean supportNeeded;
        private String urgency = "NORMAL";

        public DomainEntry() {}

        DomainEntry(String domain) {
            this.domain = domain;
        }

        boolean isFilledIn() {
            return supportNeeded || !isBlank(situation);
        }

        public String getDomain() {
            return domain;
        }

        public void setDomain(String domain) {
            this.domain = domain;
        }

        public String getSituation() {
            return situation;
        }

        public void setSituation(String situation) {
            this.situation = situation;
        }

        public boolean isSupportNeeded() {
            return supportNeeded;
        }

        public void setSupportNeeded(boolean supportNeeded) {
            this.supportNeeded = supportNeeded;
        }

        public String getUrgency() {
            return urgency;
        }

        public void setUrgency(String urgency) {
            this.urgency = urgency;
        }
    }

    /** Consent for one partner that needs it: given, refused, or not asked (blank). */
    public static class ConsentEntry {
        private String partner;
        private String status;

        public ConsentEntry() {}

        ConsentEntry(String partner) {
            this.partner = partner;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }
    }

    /** One referral decided in the conversation. */
    public static class ReferralEntry {
        private String partner;
        private String lifeDomain;
        private String reason;
        private String urgency = "NORMAL";

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getLifeDomain() {
            return lifeDomain;
        }

        public void setLifeDomain(String lifeDomain) {
            this.lifeDomain = lifeDomain;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getUrgency() {
            return urgency;
        }

        public void setUrgency(String urgency) {
            this.urgency = urgency;
        }
    }

    // Getters and setters for binding.

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getCountryOfOrigin() {
        return countryOfOrigin;
    }

    public void setCountryOfOrigin(String countryOfOrigin) {
        this.countryOfOrigin = countryOfOrigin;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getInterpreterLanguage() {
        return interpreterLanguage;
    }

    public void setInterpreterLanguage(String interpreterLanguage) {
        this.interpreterLanguage = interpreterLanguage;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public void setHouseNumber(String houseNumber) {
        this.houseNumber = houseNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getMessages() {
        return messages;
    }

    public void setMessages(String messages) {
        this.messages = messages;
    }

    public String getMoveInDate() {
        return moveInDate;
    }

    public void setMoveInDate(String moveInDate) {
        this.moveInDate = moveInDate;
    }

    public String getIntakeDate() {
        return intakeDate;
    }

    public void setIntakeDate(String intakeDate) {
        this.intakeDate = intakeDate;
    }

    public String getAdults() {
        return adults;
    }

    public void setAdults(String adults) {
        this.adults = adults;
    }

    public String getChildrenBirthYears() {
        return childrenBirthYears;
    }

    public void setChildrenBirthYears(String childrenBirthYears) {
        this.childrenBirthYears = childrenBirthYears;
    }

    public List<DomainEntry> getDomains() {
        return domains;
    }

    public void setDomains(List<DomainEntry> domains) {
        this.domains = domains;
    }

    public String getTalents() {
        return talents;
    }

    public void setTalents(String talents) {
        this.talents = talents;
    }

    public String getAmbitions() {
        return ambitions;
    }

    public void setAmbitions(String ambitions) {
        this.ambitions = ambitions;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getWorries() {
        return worries;
    }

    public void setWorries(String worries) {
        this.worries = worries;
    }

    public List<ConsentEntry> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentEntry> consents) {
        this.consents = consents;
    }

    public List<ReferralEntry> getReferrals() {
        return referrals;
    }

    public void setReferrals(List<ReferralEntry> referrals) {
        this.referrals = referrals;
    }

    public boolean isDifferentPersonConfirmed() {
        return differentPersonConfirmed;
    }

    public void setDifferentPersonConfirmed(boolean differentPersonConfirmed) {
        this.differentPersonConfirmed = differentPersonConfirmed;
    }
}
