package nl.wegwijs.support.outbox;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** A service with nothing but an outbox on the collection {@value #COLLECTION}, versioned like referral's. */
@SpringBootApplication
@Import(OutboxConfiguration.class)
class OutboxTestApplication {

    static final String COLLECTION = "aggregates";

    @Bean
    OutboxCollection outboxCollection() {
        return new OutboxCollection(COLLECTION, "version");
    }
}
