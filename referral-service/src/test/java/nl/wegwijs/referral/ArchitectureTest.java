package nl.wegwijs.referral;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.wegwijs.support.architecture.ServiceRules;

@AnalyzeClasses(packages = "nl.wegwijs.referral", importOptions = ImportOption.DoNotIncludeTests.class)
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
            .because("time is a dependency: inject java.time.Clock (ADR 5)");

    @ArchTest
    static final ArchRule onlyTheOutboxPublishes = ServiceRules.ONLY_THE_OUTBOX_PUBLISHES;

    @ArchTest
    static final ArchRule noOtherService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.wegwijs.intake..",
                    "nl.wegwijs.monitoring..",
                    "nl.wegwijs.notification..",
                    "nl.wegwijs.platform..")
            .because("services talk only through Kafka topics (ADR 1)");
}
