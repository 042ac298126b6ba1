package nl.wegwijs.portal.newcomers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up conversation as the officer types it: the four pillars and a review of every open referral, bound as
 * plain text so that a page sent back after an error shows everything as it was typed.
 */
public class FollowUpForm {

    static final List<String> LANGUAGE_LEVELS = List.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");
    static final List<String> PARTICIPATION = List.of("EDUCATION", "VOLUNTEERING", "PAID_WORK", "NONE");
    static final List<String> PICK_UPS = List.of("PICKED_UP", "NOT_YET", "NO_LONGER_NEEDED");

    private static final Pattern REVIEW = Pattern.compile("referralReviews\\[(\\d+)]\\.(\\w+).*");
    private static final Map<String, String> PILLARS = Map.of(
            "heldOn", "heldOn",
            "pillars.language.level", "languageLevel",
            "pillars.language.supportReceived", "languageSupportReceived",
            "pillars.socialNetwork.contactsWithResidents", "contactsWithResidents",
            "pillars.participation", "participation",
            "pillars.knowingTheWay.activitiesJoined", "activitiesJoined",
            "pillars.knowingTheWay.satisfied", "satisfied",
            "notes", "notes");

    private String heldOn;
    private String languageLevel;
    private boolean languageSupportReceived;
    private String contactsWithResidents;
    private String participation;
    private String activitiesJoined;
    private boolean satisfied;
    private String notes;
    private List<ReviewEntry> reviews = new ArrayList<>();

    /** An empty form held today, with a review row per open referral (one not cancelled). */
    static FollowUpForm forOpenReferrals(List<Map<String, Object>> referrals, String today) {
        FollowUpForm form = new FollowUpForm();
        form.heldOn = today;
        referrals.stream()
                .filter(referral -> !"CANCELLED".equals(referral.get("status")))
                .forEach(referral -> form.reviews.add(new ReviewEntry(
                        String.valueOf(referral.get("referralId")), String.valueOf(referral.get("partner")), (String)
                                referral.get("reason"))));
        return form;
    }

    /** The intake API's request body. */
    Map<String, Object> body() {
        Map<String, Object> pillars = new LinkedHashMap<>();
        pillars.put("language", map("level", languageLevel, "supportReceived", languageSupportReceived));
        pillars.put("socialNetwork", map("contactsWithResidents", number(contactsWithResidents)));
        pillars.put("participation", blankToNull(participation));
        pillars.put("knowingTheWay", map("activitiesJoined", words(activitiesJoined), "satisfied", satisfied));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heldOn", blankToNull(heldOn));
        body.put("pillars", pillars);
        body.put(
                "referralReviews",
                reviews.stream()
                        .map(review -> map("referralId", review.getReferralId(), "pickUp", review.getPickUp()))
                        .toList());
        body.put("notes", blankToNull(notes));
        return body;
    }

    /** The form's field for the API's: every review row is sent, in the form's order. */
    static String formField(String apiField) {
        Matcher review = REVIEW.matcher(apiField);
        if (review.matches()) {
            return "reviews[" + review.group(1) + "].pickUp";
        }
        return PILLARS.entrySet().stream()
                .filter(entry -> apiField.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            map.put((String) keysAndValues[i], value instanceof String text ? blankToNull(text) : value);
        }
        return map;
    }

    /** A number as typed; text that is no number goes as text, so the API names the field. */
    private static Object number(String text) {
        if (IntakeForm.isBlank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static List<String> words(String text) {
        return IntakeForm.isBlank(text)
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::trim)
                        .filter(word -> !word.isEmpty())
                        .toList();
    }

    private static String blankToNull(String text) {
        return IntakeForm.isBlank(text) ? null : text.trim();
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getLanguageLevel() {
        return languageLevel;
    }

    public void setLanguageLevel(String languageLevel) {
        this.languageLevel = languageLevel;
    }

    public boolean isLanguageSupportReceived() {
        return languageSupportReceived;
    }

    public void setLanguageSupportReceived(boolean languageSupportReceived) {
        this.languageSupportReceived = languageSupportReceived;
    }

    public String getContactsWithResidents() {
        return contactsWithResidents;
    }

    public void setContactsWithResidents(String contactsWithResidents) {
        this.contactsWithResidents = contactsWithResidents;
    }

    public String getParticipation() {
        return participation;
    }

    public void setParticipation(String participation) {
        this.participation = participation;
    }

    public String getActivitiesJoined() {
        return activitiesJoined;
    }

    public void setActivitiesJoined(String activitiesJoined) {
        this.activitiesJoined = activitiesJoined;
    }

    public boolean isSatisfied() {
        return satisfied;
    }

    public void setSatisfied(boolean satisfied) {
        this.satisfied = satisfied;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ReviewEntry> getReviews() {
        return reviews;
    }

    public void setReviews(List<ReviewEntry> reviews) {
        this.reviews = reviews;
    }

    /** One open referral as the newcomer told about it; partner and reason ride along so the form needs no lookup. */
    public static class ReviewEntry {
        private String referralId;
        private String partner;
        private String reason;
        private String pickUp;

        public ReviewEntry() {}

        ReviewEntry(String referralId, String partner, String reason) {
            this.referralId = referralId;
            this.partner = partner;
            this.reason = reason;
        }

        public String getReferralId() {
            return referralId;
        }

        public void setReferralId(String referralId) {
            this.referralId = referralId;
        }

        public String getPartner() {
            return partner;
        }

        public void setPartner(String partner) {
            this.partner = partner;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getPickUp() {
            return pickUp;
        }

        public void setPickUp(String pickUp) {
            this.pickUp = pickUp;
        }
    }
}
