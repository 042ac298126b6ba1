package nl.wegwijs.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import nl.wegwijs.support.architecture.ServiceRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.wegwijs.monitoring");

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(MAIN);
        noFields().should().beAnnotatedWith(Value.class).check(MAIN);
    }

    @Test
    void timeComesFromTheClock() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .check(MAIN);
    }

    @Test
    void onlyTheOutboxPublishes() {
        ServiceRules.ONLY_THE_OUTBOX_PUBLISHES.check(MAIN);
    }

    @Test
    void noDependencyOnOtherServices() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "nl.wegwijs.intake..",
                        "nl.wegwijs.referral..",
                        "nl.wegwijs.notification..",
                        "nl.wegwijs.platform..")
                .check(MAIN);
    }
}
