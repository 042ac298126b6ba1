package nl.wegwijs.contracts;

import java.util.Arrays;
import java.util.Optional;
import nl.wegwijs.contracts.intake.FollowUpHeld;
import nl.wegwijs.contracts.intake.FollowUpScheduled;
import nl.wegwijs.contracts.intake.NewcomerErased;
import nl.wegwijs.contracts.intake.NewcomerNoticeRequested;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.contracts.monitoring.FollowUpOverdue;
import nl.wegwijs.contracts.monitoring.ReferralStalled;
import nl.wegwijs.contracts.partner.ReferralResponse;
import nl.wegwijs.contracts.referral.ReferralDetailsCorrected;
import nl.wegwijs.contracts.referral.ReferralIssued;
import nl.wegwijs.contracts.referral.ReferralStatusChanged;
import nl.wegwijs.contracts.referral.ReferralWithdrawn;

/** Every event of the published language: its record, its {@code ce_type}, its schema and golden sample. */
public enum EventType {
    NEWCOMER_PROFILED("intake", NewcomerProfiled.class),
    NEWCOMER_PROFILE_CORRECTED("intake", NewcomerProfileCorrected.class),
    REFERRAL_ADDED("intake", ReferralAdded.class),
    REFERRAL_CANCELLED("intake", ReferralCancelled.class),
    FOLLOW_UP_SCHEDULED("intake", FollowUpScheduled.class),
    FOLLOW_UP_HELD("intake", FollowUpHeld.class),
    NEWCOMER_ERASED("intake", NewcomerErased.class),
    NEWCOMER_NOTICE_REQUESTED("intake", NewcomerNoticeRequested.class),
    REFERRAL_ISSUED("referral", ReferralIssued.class),
    REFERRAL_WITHDRAWN("referral", ReferralWithdrawn.class),
    REFERRAL_DETAILS_CORRECTED("referral", ReferralDetailsCorrected.class),
    REFERRAL_STATUS_CHANGED("referral", ReferralStatusChanged.class),
    REFERRAL_RESPONSE("partner", ReferralResponse.class),
    REFERRAL_STALLED("monitoring", ReferralStalled.class),
    FOLLOW_UP_OVERDUE("monitoring", FollowUpOverdue.class);

    private static final int VERSION = 1;

    private final String service;
    private final Class<? extends WegwijsEvent> recordClass;

    EventType(String service, Class<? extends WegwijsEvent> recordClass) {
        this.service = service;
        this.recordClass = recordClass;
    }

    /** The CloudEvents type, such as {@code nl.wegwijs.referral.ReferralIssued.v1}. */
    public String ceType() {
        return "nl.wegwijs." + service + "." + eventName() + ".v" + VERSION;
    }

    /** The CloudEvents source of the producing service, such as {@code /wegwijs/intake}. */
    public String source() {
        return "/wegwijs/" + service;
    }

    /** The name without a version, such as {@code NewcomerProfiled}. */
    public String eventName() {
        return recordClass.getSimpleName();
    }

    public Class<? extends WegwijsEvent> recordClass() {
        return recordClass;
    }

    /** The JSON Schema's classpath resource. */
    public String schemaResource() {
        return "/schemas/" + eventName() + ".schema.json";
    }

    /** The golden sample's classpath resource. */
    public String sampleResource() {
        return "/samples/" + eventName() + ".json";
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }

    public static EventType of(Class<? extends WegwijsEvent> recordClass) {
        return Arrays.stream(values())
                .filter(t -> t.recordClass.equals(recordClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(recordClass.getName() + " is not a registered event"));
    }
}
