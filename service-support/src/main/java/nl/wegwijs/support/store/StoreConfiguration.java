package nl.wegwijs.support.store;

import com.mongodb.WriteConcern;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /**
     * Every write waits for a majority of the replica set and for the journal, whatever the MongoDB URI says: a write
     * the service was told of survives a crash (docs/adr/0010-acknowledged-means-durable.md).
     */
    @Bean
    MongoClientSettingsBuilderCustomizer majorityJournaledWrites() {
        return settings -> settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    /** Named as Boot's own MongoDB health indicator, which it replaces. */
    @Bean("mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    StoreCompaction storeCompaction(MongoTemplate mongo) {
        return new StoreCompaction(mongo);
    }
}
