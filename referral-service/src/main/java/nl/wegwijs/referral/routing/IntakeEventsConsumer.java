package nl.wegwijs.referral.routing;

import java.util.function.Consumer;
import nl.wegwijs.contracts.intake.NewcomerProfileCorrected;
import nl.wegwijs.contracts.intake.NewcomerProfiled;
import nl.wegwijs.contracts.intake.ReferralAdded;
import nl.wegwijs.contracts.intake.ReferralCancelled;
import nl.wegwijs.referral.messaging.Records;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Binding {@code intakeEvents-in-0}: {@code intake.newcomer-profiled.v1}, group {@code referral-service}. */
@Component("intakeEvents")
class IntakeEventsConsumer implements Consumer<Message<byte[]>> {

    private final Router router;
    private final ProfileCorrections corrections;

    IntakeEventsConsumer(Router router, ProfileCorrections corrections) {
        this.router = router;
        this.corrections = corrections;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Records.event(message).ifPresent(event -> {
            if (event instanceof NewcomerProfiled profiled) {
                router.profiled(profiled);
            } else if (event instanceof ReferralAdded added) {
                router.added(added);
            } else if (event instanceof ReferralCancelled cancelled) {
                router.cancelled(cancelled);
            } else if (event instanceof NewcomerProfileCorrected corrected) {
                corrections.corrected(corrected);
            }
        });
    }
}
