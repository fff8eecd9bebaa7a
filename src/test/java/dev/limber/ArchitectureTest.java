package dev.limber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The layering of DESIGN.md: a pure core, and adapters that never reach into each other. */
class ArchitectureTest {
  private static final String[] CORE = {
    "dev.limber.json..",
    "dev.limber.catalog..",
    "dev.limber.screening..",
    "dev.limber.planning..",
    "dev.limber.session..",
    "dev.limber.journal..",
    "dev.limber.account.."
  };
  private static final List<String> ADAPTERS = List.of("store", "web", "cli", "render");

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.limber");

  @Test
  void coreImportsOnlyTheJdkAndItself() {
    String[] allowed = Stream.concat(Stream.of("java.."), Stream.of(CORE)).toArray(String[]::new);
    String[] coreButJson =
        Stream.of(CORE).filter(core -> !core.equals("dev.limber.json..")).toArray(String[]::new);

    noClasses()
        .that()
        .resideInAnyPackage(coreButJson)
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(allowed)
        .because("the core is plain Java with no I/O framework (DESIGN.md)")
        .check(CLASSES);
  }

  /** The one exception to a JDK-only core: the json package parses and writes with jackson-core. */
  @Test
  void jsonImportsOnlyTheJdkItselfAndJacksonCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.limber.json..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "dev.limber.json..", "com.fasterxml.jackson.core..")
        .because("JSON text is jackson-core's streaming parser under Json (README, Dependencies)")
        .check(CLASSES);
  }

  @TestFactory
  Stream<DynamicTest> adaptersNeverImportAnotherAdapter() {
    return ADAPTERS.stream()
        .map(
            adapter ->
                DynamicTest.dynamicTest(
                    adapter,
                    () -> {
                      String[] others =
                          ADAPTERS.stream()
                              .filter(other -> !other.equals(adapter))
                              .map(other -> "dev.limber." + other + "..")
                              .toArray(String[]::new);
                      noClasses()
                          .that()
                          .resideInAPackage("dev.limber." + adapter + "..")
                          .should()
                          .dependOnClassesThat()
                          .resideInAnyPackage(others)
                          .because("adapters meet only through the core (DESIGN.md)")
                          .allowEmptyShould(true)
                          .check(CLASSES);
                    }));
  }
}
