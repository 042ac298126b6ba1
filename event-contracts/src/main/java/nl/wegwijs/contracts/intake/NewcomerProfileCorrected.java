package nl.wegwijs.contracts.intake;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wegwijs.contracts.InvalidFieldException;
import nl.wegwijs.contracts.NewcomerEvent;
import nl.wegwijs.contracts.Require;

/**
 * A profile was corrected after the intake: the complete corrected profile, and the names of the top-level profile
 * fields that changed (such as {@code contact} or {@code consents}), so a consumer can tell whom the change concerns.
 */
public record NewcomerProfileCorrected(
        UUID eventId,
        Instant occurredAt,
        String municipality,
        UUID newcomerId,
        NewcomerProfile profile,
        List<String> changedFields)
        implements NewcomerEvent {

    /** The top-level fields of {@link NewcomerProfile}, as they are named in JSON. */
    public static final Set<String> PROFILE_FIELDS = Arrays.stream(NewcomerProfile.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    public NewcomerProfileCorrected {
        Require.present(eventId, "eventId");
        Require.present(occurredAt, "occurredAt");
        Require.text(municipality, "municipality");
        Require.present(newcomerId, "newcomerId");
        Require.present(profile, "profile");
        changedFields = Require.nonEmpty(changedFields, "changedFields");
        for (String field : changedFields) {
            if (!PROFILE_FIELDS.contains(field)) {
                throw new InvalidFieldException("changedFields names " + field + ", which is not a profile field");
            }
        }
    }
}
