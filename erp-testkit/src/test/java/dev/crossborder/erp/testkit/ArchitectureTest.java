package dev.crossborder.erp.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** erp-testkit is built on erp-core's public API only, so hosts can run its kits against theirs. */
class ArchitectureTest {
  private static JavaClasses kit;

  @BeforeAll
  static void importKit() {
    kit =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/erp-core/") && !location.contains("erp-core-"))
            .importPackages("dev.crossborder.erp.testkit");
  }

  @Test
  void kitsUseNoInternalTypes() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .because("a kit must test what hosts can see and implement, not erp-core's insides")
        .check(kit);
  }

  @Test
  void kitsNeverReadTheWallClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .check(kit);
  }
}
