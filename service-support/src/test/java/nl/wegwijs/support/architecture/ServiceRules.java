package nl.wegwijs.support.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.apache.kafka.clients.producer.Producer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.core.KafkaOperations;

/** Architecture rules every service that uses this module checks against its own classes. */
public final class ServiceRules {

    /** No producer outside the shared outbox: events leave only through its relay (ADR 5, ADR 35). */
    public static final ArchRule ONLY_THE_OUTBOX_PUBLISHES = noClasses()
            .that()
            .resideOutsideOfPackage("nl.wegwijs.support.outbox..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(StreamBridge.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(KafkaOperations.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Producer.class)
            .because("events leave only through the outbox relay (ADR 5)");

    private ServiceRules() {}
}
