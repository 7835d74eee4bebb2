package dev.crossborder.erp;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of DESIGN.md and STYLE.md that the compiler does not enforce: {@code internal} stays
 * private, no wall-clock reads outside the one default, no HTTP in erp-core.
 */
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> INTERNAL =
      describe("an internal type", c -> c.getPackageName().contains(".internal"));

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crossborder.erp");
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
        .haveRawParameterTypes(describe(
            "internal types", (List<JavaClass> ps) -> ps.stream().anyMatch(INTERNAL)))
        .because("hosts must not depend on internal packages, which change without notice")
        .check(classes);
    noFields()
        .that()
        .haveModifier(JavaModifier.PUBLIC)
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .should()
        .haveRawType(INTERNAL)
        .check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyByErpCore() {
    // Nothing outside dev.crossborder.erp may reach in; inside erp-core, services share internals.
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.crossborder.erp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.crossborder.erp..internal..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void mainCodeNeverReadsTheWallClock() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Erp.class.getName())
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethodWhere(
            describe(
                "a java.time now() or system clock",
                (JavaMethodCall call) ->
                    call.getTargetOwner().getPackageName().equals("java.time")
                        && (call.getName().equals("now")
                            || call.getName().startsWith("system")
                            || call.getName().equals("systemUTC"))))
        .because("time comes from the injected InstantSource so tests and simulations control it")
        .check(classes);
  }

  @Test
  void erpCoreHasNoHttpClient() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("okhttp3..", "retrofit2..", "java.net.http..")
        .because("HTTP belongs to erp-platforms; erp-core speaks domain types only")
        .check(classes);
  }

  @Test
  void areasAreFreeOfCycles() {
    // A cycle between two areas (order -> purchasing -> order, say) means neither can change or be
    // understood alone; an interface on the lower side, wired in Erp, breaks it. Dependencies that
    // start in the store SPI (its repositories name every area's aggregates, by design) or in the
    // wiring context (dev.crossborder.erp.internal) are not area-to-area dependencies and are left
    // out; everything else, internal packages included, counts.
    DescribedPredicate<JavaClass> infrastructure =
        describe(
            "the store SPI or the wiring context",
            c -> c.getPackageName().startsWith("dev.crossborder.erp.store")
                || c.getPackageName().equals("dev.crossborder.erp.internal"));
    slices()
        .matching("dev.crossborder.erp.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(infrastructure, DescribedPredicate.alwaysTrue())
        .because("each area must be understandable and changeable without the ones that depend on it")
        .check(classes);
  }
}
