package dev.limber;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.limber.app.Person;
import java.util.List;
import java.util.Set;
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
    "dev.limber.account..",
    "dev.limber.program.."
  };
  private static final List<String> ADAPTERS = List.of("store", "web", "cli", "render");
  private static final String[] FACES = {
    "dev.limber.cli..", "dev.limber.web..", "dev.limber.render.."
  };

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

  @Test
  void coreDoesNoDatabaseOrNetworkWork() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "java.net..", "java.net.http..")
        .because("storage and networking belong to the adapters (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void applicationServicesImportOnlyTheJdkAndTheCore() {
    String[] allowed =
        Stream.concat(Stream.of("java..", "dev.limber.app.."), Stream.of(CORE))
            .toArray(String[]::new);

    noClasses()
        .that()
        .resideInAPackage("dev.limber.app..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(allowed)
        .because("every face calls app; app knows no face and no technology (DESIGN.md)")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("dev.limber.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "java.net..")
        .check(CLASSES);
  }

  @TestFactory
  Stream<DynamicTest> eachTechnologyLivesInItsOneAdapter() {
    return Stream.of(
            new String[] {"io.javalin..", "dev.limber.web.."},
            new String[] {"org.eclipse.jetty..", "dev.limber.web.."},
            new String[] {"io.micrometer..", "dev.limber.web.."},
            new String[] {"com.password4j..", "dev.limber.web.."},
            new String[] {"java.sql..", "dev.limber.store.."},
            new String[] {"javax.sql..", "dev.limber.store.."},
            new String[] {"org.flywaydb..", "dev.limber.store.."},
            new String[] {"com.zaxxer..", "dev.limber.store.."},
            new String[] {"org.h2..", "dev.limber.store.."},
            new String[] {"org.postgresql..", "dev.limber.store.."},
            new String[] {"org.jline..", "dev.limber.cli.."},
            new String[] {"gg.jte..", "dev.limber.render.html.."},
            new String[] {"com.openhtmltopdf..", "dev.limber.render.pdf.."},
            new String[] {"org.apache.pdfbox..", "dev.limber.render.pdf.."},
            new String[] {"org.apache.batik..", "dev.limber.render.pdf.."},
            new String[] {"net.fortuna.ical4j..", "dev.limber.render.ical.."},
            new String[] {"com.google.zxing..", "dev.limber.render.."})
        .map(
            rule ->
                DynamicTest.dynamicTest(
                    rule[0] + " only in " + rule[1],
                    () ->
                        noClasses()
                            .that()
                            .resideOutsideOfPackage(rule[1])
                            .should()
                            .dependOnClassesThat()
                            .resideInAPackage(rule[0])
                            .because("each technology is imported by its one adapter (DESIGN.md)")
                            .check(CLASSES)));
  }

  @Test
  void noFaceCallsTheScreenerOrThePlannerItself() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "dev.limber.app..", "dev.limber.screening..", "dev.limber.planning..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.screening.Screener")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.planning.Planner")
        .because("one engine: every face goes through the application services (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void noFaceReachesTheJournalOrTheEnginesBehindTheServices() {
    noClasses()
        .that()
        .resideInAnyPackage(FACES)
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.journal.Journal")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.journal.FrequencyGuard")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.session.PlayableSessions")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.program.Programs")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.screening.Screener")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("dev.limber.planning.Planner")
        .because(
            "a face parses, calls one application service and writes the answer; it never reads"
                + " the journal or drives the engines itself (DESIGN.md)")
        .check(CLASSES);
  }

  @Test
  void personExposesNoStore() {
    noMembers()
        .that()
        .areDeclaredIn(Person.class)
        .should(
            new ArchCondition<JavaMember>("be public and give a journal or store type") {
              @Override
              public void check(JavaMember member, ConditionEvents events) {
                if (member.getModifiers().contains(JavaModifier.PUBLIC)
                    && given(member).stream().anyMatch(ArchitectureTest::isStore)) {
                  events.add(SimpleConditionEvent.satisfied(member, member.getFullName()));
                }
              }
            })
        .because("only the application services reach a person's journal (issue 22)")
        .check(CLASSES);
  }

  /** What a member hands out: a method's return type or a field's type, type arguments included. */
  private static Set<JavaClass> given(JavaMember member) {
    if (member instanceof JavaMethod method) {
      return method.getReturnType().getAllInvolvedRawTypes();
    }
    if (member instanceof JavaField field) {
      return field.getType().getAllInvolvedRawTypes();
    }
    return Set.of();
  }

  private static boolean isStore(JavaClass type) {
    return type.getPackageName().startsWith("dev.limber.journal")
        || type.getPackageName().startsWith("dev.limber.store");
  }

  @Test
  void httpPlumbingKnowsNeitherTheApiNorThePages() {
    noClasses()
        .that()
        .resideInAPackage("dev.limber.web.http..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.limber.web.api..", "dev.limber.web.pages..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dev.limber.web")
        .because("the HTTP plumbing serves the API and the pages alike (issue 22)")
        .check(CLASSES);
  }

  @Test
  void theApiAndThePagesNeverReachIntoEachOther() {
    noClasses()
        .that()
        .resideInAPackage("dev.limber.web.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.limber.web.pages..")
        .because("the JSON API and the pages meet only in http and app (issue 22)")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("dev.limber.web.pages..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.limber.web.api..")
        .because("the JSON API and the pages meet only in http and app (issue 22)")
        .check(CLASSES);
  }

  @Test
  void onlyTheServerWiresTheWebAreasTogether() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.limber.web.api..", "dev.limber.web.pages..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.limber.web")
        .because("WebServer builds the server from its parts; the parts know no server (issue 22)")
        .check(CLASSES);
  }

  @Test
  void packagesHaveNoCycles() {
    slices()
        .matching("dev.limber.(*)..")
        .should()
        .beFreeOfCycles()
        .because("the folder tree explains the system only when it is a layering")
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
                      DescribedPredicate<JavaClass> another =
                          JavaClass.Predicates.resideInAnyPackage(others);
                      if (adapter.equals("web")) {
                        // The one meeting outside the core: pages and handouts share the templates.
                        another =
                            another.and(
                                DescribedPredicate.not(
                                    JavaClass.Predicates.resideInAPackage(
                                        "dev.limber.render.html..")));
                      }
                      noClasses()
                          .that()
                          .resideInAPackage("dev.limber." + adapter + "..")
                          .should()
                          .dependOnClassesThat(another)
                          .because(
                              "adapters meet only through the core, but for the shared HTML"
                                  + " templates (DESIGN.md)")
                          .allowEmptyShould(true)
                          .check(CLASSES);
                    }));
  }
}
