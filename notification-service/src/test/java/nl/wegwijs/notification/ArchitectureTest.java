package nl.wegwijs.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

@AnalyzeClasses(packages = "nl.wegwijs.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noFieldInjection = NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule timeComesFromTheClock = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .because("time is a dependency: inject java.time.Clock (ADR 5)");

    /** The service publishes nothing; should it ever, only an outbox package may (ADR 5). */
    @ArchTest
    static final ArchRule onlyAnOutboxPublishes = noClasses()
            .that()
            .resideOutsideOfPackage("..notification.outbox..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.cloud.stream.function.StreamBridge")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo("org.springframework.kafka.core.KafkaOperations")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo("org.apache.kafka.clients.producer.Producer");

    @ArchTest
    static final ArchRule noOtherService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.wegwijs.intake..", "nl.wegwijs.referral..", "nl.wegwijs.monitoring..", "nl.wegwijs.platform..");
}
