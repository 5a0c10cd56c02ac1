package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module boundaries DESIGN.md sets out, checked on the compiled classes. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.parley.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void onlyTheSecurityFeatureTouchesSpringSecurityInternals() {
        noClasses().that().resideOutsideOfPackages("org.parley.security..", "org.parley.user..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.security..")
                .check(CLASSES);
    }

    @Test
    void controllersLeaveSqlToStores() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void postRulesNeverCallSearchDirectly() {
        noClasses().that().resideInAPackage("org.parley.post..")
                .should().dependOnClassesThat().resideInAPackage("org.parley.search..")
                .check(CLASSES);
    }
}
