package nl.wegwijs.intake.keys;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import nl.wegwijs.contracts.sealing.NewcomerKeysets;
import nl.wegwijs.support.keys.NewcomerSealer;
import nl.wegwijs.support.outbox.PayloadSealer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The newcomer key store and the sealing of every outgoing event (docs/adr/0025-crypto-shredding.md). The master key
 * is a Tink JSON keyset (AES-256-GCM) at {@code wegwijs.newcomer-keys.master-key} ({@code NEWCOMER_MASTER_KEY}, a
 * {@code file:} location); the service does not start without it.
 */
@Configuration(proxyBeanMethods = false)
class NewcomerKeysConfig {

    @Bean
    NewcomerKeyStore newcomerKeyStore(
            MongoTemplate mongo, @Value("${wegwijs.newcomer-keys.master-key:}") String location, Clock clock)
            throws IOException {
        if (location.isBlank()) {
            throw new IllegalStateException("NEWCOMER_MASTER_KEY is not set: the location of the newcomer master key");
        }
        Resource masterKey = new DefaultResourceLoader().getResource(location);
        Aead master =
                NewcomerKeysets.aead(NewcomerKeysets.fromJson(masterKey.getContentAsString(StandardCharsets.UTF_8)));
        return new NewcomerKeyStore(mongo, master, clock);
    }

    /** Every intake event is about one newcomer, and keyed by their id. */
    @Bean
    PayloadSealer payloadSealer(NewcomerKeyStore keys) {
        return new NewcomerSealer(keys.forSealing(), event -> UUID.fromString(event.key()));
    }
}
