package nl.wegwijs.referral.partnerapi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.DeclineReason;
import nl.wegwijs.contracts.ReferralStatus;
import nl.wegwijs.referral.lifecycle.Action;
import nl.wegwijs.referral.referrals.TimelineEntry;

/**
 * One status change as the partner sees it: when and to what, and the partner's own reason or note. Who took the
 * step is left out, and so is the municipality's reason for a cancellation: neither is the partner's to know.
 *
 * @param note what the partner wrote with its own step; null for a step that was not the partner's
 */
record PartnerTimelineEntry(
        ReferralStatus from,
        ReferralStatus to,
        Instant at,
        DeclineReason reasonCode,
        String note,
        LocalDate expectedStart) {

    private static final Set<ReferralStatus> PARTNER_STEPS = Arrays.stream(Action.values())
            .filter(Action::isPartnerApiAction)
            .map(Action::target)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReferralStatus.class)));

    static PartnerTimelineEntry of(TimelineEntry entry) {
        boolean partnersStep = PARTNER_STEPS.contains(entry.to());
        return new PartnerTimelineEntry(
                entry.from(),
                entry.to(),
                entry.at(),
                entry.reasonCode(),
                partnersStep ? entry.reason() : null,
                entry.expectedStart());
    }
}
