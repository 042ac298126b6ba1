package nl.wegwijs.portal.newcomers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction of the contact details, the address, the status messages and the consent per partner, sent as a JSON merge patch (RFC
 * 7396) of the profile: a field left blank is removed, the consents go as the whole list (arrays replace).
 */
public class CorrectionForm {

    private static final Pattern CONSENT = Pattern.compile("consents\\[(\\d+)].*");
    private static final Map<String, String> FIELDS = Map.of(
            "contact.phone", "phone",
            "contact.email", "email",
            "contact.address.street", "street",
            "contact.address.houseNumber", "houseNumber",
            "contact.address.postalCode", "postalCode",
            "contact.address.city", "city",
            "statusMessages", "messages",
            "consents", "consents");

    private String phone;
    private String email;
    private String street;
    private String houseNumber;
    private String postalCode;
    private String city;
    private String messages;
    private List<ConsentEntry> consents = new ArrayList<>();

    /** The form as the profile stands, with a consent row for every partner that needs one or has one recorded. */
    @SuppressWarnings("unchecked")
    static CorrectionForm of(Map<String, Object> profile, List<String> partnersNeedingConsent) {
        CorrectionForm form = new CorrectionForm();
        Map<String, Object> contact = (Map<String, Object>) profile.getOrDefault("contact", Map.of());
        form.phone = (String) contact.get("phone");
        form.email = (String) contact.get("email");
        if (contact.get("address") instanceof Map<?, ?> address) {
            form.street = (String) address.get("street");
            form.houseNumber = (String) address.get("houseNumber");
            form.postalCode = (String) address.get("postalCode");
            form.city = (String) address.get("city");
        }
        form.messages = StatusMessagesChoice.of(profile.get("statusMessages"));
        for (Map<String, Object> consent : (List<Map<String, Object>>) profile.getOrDefault("consents", List.of())) {
            form.consents.add(ConsentEntry.recorded(consent));
        }
        partnersNeedingConsent.stream()
                .filter(partner -> form.consents.stream().noneMatch(row -> row.partner.equals(partner)))
                .forEach(partner -> form.consents.add(ConsentEntry.notAsked(partner)));
        return form;
    }

    /** The merge patch; a consent whose status changed is recorded today by the officer who sends it. */
    Map<String, Object> mergePatch(String today) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("phone", blankToNull(phone));
        contact.put("email", blankToNull(email));
        boolean noAddress = IntakeForm.isBlank(street)
                && IntakeForm.isBlank(houseNumber)
                && IntakeForm.isBlank(postalCode)
                && IntakeForm.isBlank(city);
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("street", blankToNull(street));
        address.put("houseNumber", blankToNull(houseNumber));
        address.put("postalCode", blankToNull(postalCode));
        address.put("city", blankToNull(city));
        contact.put("address", noAddress ? null : address);
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("contact", contact);
        patch.put("statusMessages", StatusMessagesChoice.toApi(messages));
        patch.put(
                "consents",
                consents.stream()
                        .filter(row -> !IntakeForm.isBlank(row.status))
                        .map(row -> row.sent(today))
                        .toList());
        return patch;
    }

    /** The form's field for the API's; a consent's index is that of the rows sent, which skip rows not asked. */
    String formField(String apiField) {
        Matcher consent = CONSENT.matcher(apiField);
        if (consent.matches()) {
            int sent = Integer.parseInt(consent.group(1));
            List<ConsentEntry> sentRows = consents.stream()
                    .filter(row -> !IntakeForm.isBlank(row.status))
                    .toList();
            return sent < sentRows.size() ? "consents[" + consents.indexOf(sentRows.get(sent)) + "]" : null;
        }
        return FIELDS.entrySet().stream()
                .filter(entry -> apiField.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String blankToNull(String text) {
        return IntakeForm.isBlank(text) ? null : text.trim();
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

    public List<ConsentEntry> getConsents() {
        return consents;
    }

    public void setConsents(List<ConsentEntry> consents) {
        this.consents = consents;
    }

    /**
     * One partner's consent; the status as recorded rides along, so an unchanged consent keeps its date and who
     * recorded it.
     */
    public static class ConsentEntry {
        private String partner;
        private String status;
        private String recordedStatus;
        private String recordedOn;
        private String recordedBy;

        public ConsentEntry() {}

        static ConsentEntry recorded(Map<String, Object> consent) {
            ConsentEntry entry = new ConsentEntry();
            entry.partner = String.valueOf(consent.get("partner"));
            entry.status = (String) consent.get("status");
            entry.recordedStatus = entry.status;
            entry.recordedOn = (String) consent.get("recordedOn");
            entry.recordedBy = (String) consent.get("recordedBy");
            return entry;
        }

        static ConsentEntry notAsked(String partner) {
            ConsentEntry entry = new ConsentEntry();
            entry.partner = partner;
            return entry;
        }

        Map<String, Object> sent(String today) {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("partner", partner);
            consent.put("status", status);
            boolean unchanged = Objects.equals(status, recordedStatus);
            consent.put("recordedOn", unchanged ? recordedOn : today);
            consent.put("recordedBy", unchanged ? recordedBy : null);
            return consent;
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

        public String getRecordedStatus() {
            return recordedStatus;
        }

        public void setRecordedStatus(String recordedStatus) {
            this.recordedStatus = recordedStatus;
        }

        public String getRecordedOn() {
            return recordedOn;
        }

        public void setRecordedOn(String recordedOn) {
            this.recordedOn = recordedOn;
        }

        public String getRecordedBy() {
            return recordedBy;
        }

        public void setRecordedBy(String recordedBy) {
            this.recordedBy = recordedBy;
        }
    }
}
