package nl.wegwijs.portal.newcomers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intake API's field errors placed at the form's own fields: {@code profile.contact.address.postalCode} at
 * {@code postalCode}, {@code referrals[1].reason} at the form row that was sent second. What has no field on the form
 * is listed above it, with the API's field name.
 *
 * The follow-up and correction forms place their errors the same way, each with its own map of fields.
 *
 * @param atFields form field path to message
 * @param others messages without a field of their own on the form
 */
public record FormErrors(Map<String, String> atFields, List<String> others) {

    private static final Pattern REFERRAL = Pattern.compile("referrals\\[(\\d+)]\\.(\\w+).*");
    private static final Map<String, String> PROFILE = profileFields();

    static FormErrors of(Map<String, Object> problem, IntakeForm form) {
        List<Integer> sentRows = form.sentReferralRows();
        return of(problem, field -> formField(field, sentRows));
    }

    /** @param formField the form's field for the API's field, or null when the form has none */
    @SuppressWarnings("unchecked")
    static FormErrors of(Map<String, Object> problem, Function<String, String> formField) {
        Map<String, String> atFields = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (Map<String, Object> error : (List<Map<String, Object>>) problem.getOrDefault("errors", List.of())) {
            String field = String.valueOf(error.get("field"));
            String message = String.valueOf(error.get("message"));
            String atField = formField.apply(field);
            if (atField == null) {
                others.add(field + ": " + message);
            } else {
                atFields.putIfAbsent(atField, message);
            }
        }
        if (atFields.isEmpty() && others.isEmpty() && problem.get("detail") != null) {
            others.add(String.valueOf(problem.get("detail")));
        }
        return new FormErrors(atFields, others);
    }

    private static String formField(String field, List<Integer> sentRows) {
        Matcher referral = REFERRAL.matcher(field);
        if (referral.matches()) {
            int sent = Integer.parseInt(referral.group(1));
            String part = referral.group(2).equals("lifeDomains") ? "lifeDomain" : referral.group(2);
            return sent < sentRows.size() ? "referrals[" + sentRows.get(sent) + "]." + part : null;
        }
        return PROFILE.entrySet().stream()
                .filter(entry -> field.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, String> profileFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("profile.name.givenNames", "givenNames");
        fields.put("profile.name.familyName", "familyName");
        fields.put("profile.dateOfBirth", "dateOfBirth");
        fields.put("profile.countryOfOrigin", "countryOfOrigin");
        fields.put("profile.languages", "languages");
        fields.put("profile.interpreter", "interpreterLanguage");
        fields.put("profile.contact.phone", "phone");
        fields.put("profile.contact.email", "email");
        fields.put("profile.contact.address.street", "street");
        fields.put("profile.contact.address.houseNumber", "houseNumber");
        fields.put("profile.contact.address.postalCode", "postalCode");
        fields.put("profile.contact.address.city", "city");
        fields.put("profile.statusMessages", "messages");
        fields.put("profile.moveInDate", "moveInDate");
        fields.put("profile.intakeDate", "intakeDate");
        fields.put("profile.household.adults", "adults");
        fields.put("profile.household.childrenBirthYears", "childrenBirthYears");
        fields.put("profile.tags.talents", "talents");
        fields.put("profile.tags.ambitions", "ambitions");
        fields.put("profile.tags.interests", "interests");
        fields.put("profile.tags.worries", "worries");
        return Map.copyOf(fields);
    }

    static FormErrors none() {
        return new FormErrors(Map.of(), List.of());
    }

    public boolean any() {
        return !atFields.isEmpty() || !others.isEmpty();
    }
}
