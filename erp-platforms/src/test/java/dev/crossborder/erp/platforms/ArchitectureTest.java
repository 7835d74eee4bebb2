package dev.crossborder.erp.platforms;

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
 * HTTP stays inside the connectors: no Retrofit or OkHttp type in erp-core, none in the public
 * signatures of erp-platforms outside its {@code http} package (the one place where a host hands
 * over its own {@code OkHttpClient}), wire types stay in {@code internal}, and no wall-clock reads.
 */
class ArchitectureTest {
  private static final DescribedPredicate<JavaClass> HTTP_TYPE =
      describe(
          "an OkHttp or Retrofit type",
          c -> c.getPackageName().startsWith("okhttp3") || c.getPackageName().startsWith("retrofit2"));
  private static final DescribedPredicate<JavaClass> INTERNAL =
      describe("an internal type", c -> c.getPackageName().contains(".internal"));

  private static JavaClasses all;

  @BeforeAll
  static void importClasses() {
    all =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crossborder.erp");
  }

  @Test
  void erpCoreKnowsNoHttpLibrary() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.crossborder.erp.platforms..")
        .should()
        .dependOnClassesThat(HTTP_TYPE)
        .check(all);
  }

  @Test
  void publicSignaturesOutsideTheHttpPackageHaveNoHttpTypes() {
    DescribedPredicate<List<JavaClass>> anyHttp = describe("HTTP types", ps -> ps.stream().anyMatch(HTTP_TYPE));
    noCodeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.crossborder.erp.platforms..")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackages("..internal..", "dev.crossborder.erp.platforms.http..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(HTTP_TYPE)
        .orShould()
        .haveRawParameterTypes(anyHttp)
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void publicApiNeverExposesInternalTypes() {
    DescribedPredicate<List<JavaClass>> anyInternal = describe("internal types", ps -> ps.stream().anyMatch(INTERNAL));
    noCodeUnits()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.crossborder.erp.platforms..")
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveRawReturnType(INTERNAL)
        .orShould()
        .haveRawParameterTypes(anyInternal)
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void erpPlatformsUsesNoInternalsOfErpCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.crossborder.erp.platforms..")
        .should()
        .dependOnClassesThat(
            describe(
                "erp-core's internal types",
                c -> c.getPackageName().contains(".internal")
                    && !c.getPackageName().startsWith("dev.crossborder.erp.platforms")))
        .because("erp-platforms is a client of erp-core's public API, like any host's connector")
        .allowEmptyShould(true)
        .check(all);
  }

  @Test
  void mainCodeNeverReadsTheWallClock() {
    noClasses()
        .that()
        .resideInAPackage("dev.crossborder.erp.platforms..")
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
        .because("time comes from an injected InstantSource; InstantSource.system() is allowed only"
            + " as a builder's default, which tests replace with a MutableClock")
        .allowEmptyShould(true)
        .check(all);
  }
}
