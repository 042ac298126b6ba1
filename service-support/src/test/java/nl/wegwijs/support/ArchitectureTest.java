package nl.wegwijs.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "nl.wegwijs.support", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noService = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "nl.wegwijs.intake..",
                    "nl.wegwijs.referral..",
                    "nl.wegwijs.monitoring..",
                    "nl.wegwijs.notification..",
                    "nl.wegwijs.platform..")
            .because("the shared module is technical only and depends on no service (ADR 14)");

    @ArchTest
    static final ArchRule noCycles = slices().matching("nl.wegwijs.support.(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);
}
