package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** An event about one referral, keyed by the referral id. */
public interface ReferralEvent extends WegwijsEvent {

    UUID referralId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return referralId().toString();
    }
}
