package dev.crossborder.erp.warehouse;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * erp-warehouse keeps the project's rules: it uses erp-core only through erp-core's public API
 * (never its internal packages), its own public API exposes no internal type, and main code never
 * reads the wall clock.
 */
class WarehouseArchitectureTest {
  private static final DescribedPredicate<JavaClass> INTERNAL =
      describe("an internal type", c -> c.getPackageName().contains(".internal"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crossborder.erp.warehouse");
  }

  @Test
  void usesNoInternalPackageOfErpCore() {
    noClasses()
        .should()
        .dependOnClassesThat(
            describe(
                "erp-core internal types",
                c -> c.getPackageName().contains(".internal") && !c.getPackageName().startsWith("dev.crossborder.erp.warehouse")))
        .check(classes);
  }

  @Test
  void publicApiNeverExposesInternalTypes() {
    noCodeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(INTERNAL)
        .orShould()
        .haveRawParameterTypes(describe("internal types", (List<JavaClass> ps) -> ps.stream().anyMatch(INTERNAL)))
        .check(classes);
  }

  @Test
  void mainCodeNeverReadsTheWallClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethodWhere(
            describe(
                "a java.time now() or a system Clock",
                (JavaMethodCall call) ->
                    call.getTargetOwner().getPackageName().equals("java.time")
                        && (call.getName().equals("now")
                            || (call.getTargetOwner().getSimpleName().equals("Clock")
                                && call.getName().startsWith("system")))))
        .because("time comes from the Erp's clock or an injected InstantSource; InstantSource.system()"
            + " is allowed only as a builder's default (FakeCarrier's), which tests replace")
        .check(classes);
  }
}
