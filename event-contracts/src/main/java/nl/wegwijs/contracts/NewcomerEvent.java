package nl.wegwijs.contracts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** An event about one newcomer, keyed by the newcomer id. */
public interface NewcomerEvent extends WegwijsEvent {

    UUID newcomerId();

    @Override
    @JsonIgnore
    default String aggregateId() {
        return newcomerId().toString();
    }
}
