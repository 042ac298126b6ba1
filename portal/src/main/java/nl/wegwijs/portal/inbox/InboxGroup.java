package nl.wegwijs.portal.inbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.wegwijs.contracts.ReferralStatus;

/** The inbox's four groups, in the order a worker handles them. */
public enum InboxGroup {
    NEW(Set.of(ReferralStatus.REQUESTED, ReferralStatus.RECEIVED)),
    WAITING(Set.of(ReferralStatus.WAITLISTED)),
    IN_PROGRESS(Set.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS)),
    CLOSED(Set.of(ReferralStatus.COMPLETED, ReferralStatus.REJECTED, ReferralStatus.CANCELLED, ReferralStatus.FAILED));

    private final Set<ReferralStatus> statuses;

    InboxGroup(Set<ReferralStatus> statuses) {
        this.statuses = statuses;
    }

    static InboxGroup of(ReferralStatus status) {
        return Arrays.stream(values())
                .filter(group -> group.statuses.contains(status))
                .findFirst()
                .orElseThrow();
    }

    /** The name in a filter's query parameter, such as {@code in-progress}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<InboxGroup> fromParameter(String value) {
        return Arrays.stream(values())
                .filter(group -> group.parameter().equals(value))
                .findFirst();
    }
}
