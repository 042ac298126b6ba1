package nl.wegwijs.notification.store;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every write waits for a majority of the replica set and for the journal, whatever the MongoDB URI says: a write
 * this service was told of survives a crash (docs/adr/0010-acknowledged-means-durable.md).
 */
@Configuration(proxyBeanMethods = false)
class DurableWrites {

    @Bean
    MongoClientSettingsBuilderCustomizer majorityJournaledWrites() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
    }
}
