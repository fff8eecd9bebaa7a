package dev.limber.app;

import static dev.limber.app.ProgramServiceTest.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.program.Adherence;
import dev.limber.program.ProgramVersion;
import dev.limber.render.svg.SvgIllustrator;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.FromProgram;
import dev.limber.session.SessionRecord;
import dev.limber.store.Database;
import dev.limber.store.StoreTest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A linked person's program sessions: the version each one played, adherence counting only those,
 * the clinician's view of the latest verdict with rule P1, today's session read without writing,
 * and the program printed for the person and by the clinician.
 */
class ProgramSessionsTest {
  private static SessionRecord finished(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(),
        List.of(),
        2,
        1,
        List.of(),
        0,
        Ending.FINISHED);
  }

  private static Person plain(ProgramServiceTest.World world, String personId) {
    return Person.withJournal(world.journal(personId));
  }

  private static ProgramServiceTest.World joined(Database database) {
    ProgramServiceTest.World world = new ProgramServiceTest.World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);
    return world;
  }

  private static final String CLINICIAN = "id-dr.ng@example.org";
  private static final String PERSON = "id-ana@example.org";

  @StoreTest
  void adherenceCountsOnlySessionsPlayedFromTheProgram(Database database) {
    ProgramServiceTest.World world = joined(database);
    FromProgram from =
        new FromProgram(world.joining.mine(PERSON).orElseThrow().program().programId(), 1);
    world.services.sessions().record(plain(world, PERSON), finished(world.clock.instant()));
    world.clock.pass(java.time.Duration.ofMinutes(5));

    world.days.keepPlayed(PERSON, finished(world.clock.instant()), from);

    Adherence.Week thisWeek = world.following.person(CLINICIAN, PERSON).adherence().weeks().get(0);
    assertThat(thisWeek.done())
        .as("the session played outside the program is not counted")
        .isEqualTo(1);
    assertThat(world.journal(PERSON).sessions(Instant.MIN, Instant.MAX)).hasSize(2);
  }

  @StoreTest
  void aSessionForAnotherProgramOrAVersionNotYetWrittenIsRefusedAndNothingIsKept(
      Database database) {
    ProgramServiceTest.World world = joined(database);
    String programId = world.joining.mine(PERSON).orElseThrow().program().programId();

    assertThatThrownBy(
            () ->
                world.days.keepPlayed(
                    PERSON, finished(world.clock.instant()), new FromProgram("elsewhere", 1)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("programId"));
    assertThatThrownBy(
            () ->
                world.days.keepPlayed(
                    PERSON, finished(world.clock.instant()), new FromProgram(programId, 2)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).isEqualTo("version");
                          assertThat(error.message()).contains("versions 1 to 1").contains("2");
                        }));

    assertThat(world.journal(PERSON).sessions(Instant.MIN, Instant.MAX)).isEmpty();
    assertThat(world.days.plays(PERSON)).isEmpty();
  }

  @StoreTest
  void aPlayIsNotCountedOnceThePersonHasLeft(Database database) {
    ProgramServiceTest.World world = joined(database);
    FromProgram from =
        new FromProgram(world.joining.mine(PERSON).orElseThrow().program().programId(), 1);
    world.joining.leave(PERSON);

    assertThat(world.days.played(PERSON, finished(world.clock.instant()), from)).isFalse();
    assertThat(world.programs.plays(PERSON, Instant.EPOCH)).isEmpty();
  }

  @StoreTest
  void theClinicianSeesTheLatestVerdictWithRuleP1NotTheOrdinaryOne(Database database) {
    ProgramServiceTest.World world = joined(database);
    Instant answeredAt = world.clock.instant();
    // Screened as anyone is, outside the program: a herniated disc sends them to a professional.
    ScreeningOutcome ordinary =
        world
            .services
            .screening()
            .screen(plain(world, PERSON), Json.parse(answers("\"HERNIATED_DISC\"", 2)), Set.of());
    assertThat(ordinary.screened().orElseThrow().result().verdict())
        .isEqualTo(Verdict.SEE_PROFESSIONAL);
    world.clock.pass(java.time.Duration.ofHours(1));

    FollowingService.PersonView view = world.following.person(CLINICIAN, PERSON);

    assertThat(view.latestVerdict()).contains(Verdict.STRETCH_ONLY);
    assertThat(view.screenedAt()).contains(answeredAt);
    assertThat(view.heldBack())
        .extracting(dev.limber.program.HeldBack::techniqueId)
        .containsExactly("chair-back-extension");
  }

  @StoreTest
  void todaysProgramIsReadWithoutKeepingAScreeningAndNeedsOneFromToday(Database database) {
    ProgramServiceTest.World world = joined(database);
    assertThat(world.days.fromTodaysScreening(PERSON)).as("no screening yet").isEmpty();
    world
        .services
        .screening()
        .screen(plain(world, PERSON), Json.parse(answers("\"HERNIATED_DISC\"", 2)), Set.of());
    int kept = world.journal(PERSON).screenings(Instant.MIN, Instant.MAX).size();

    ProgramDayService.Today today = world.days.fromTodaysScreening(PERSON).orElseThrow();
    world.days.fromTodaysScreening(PERSON).orElseThrow();

    assertThat(today.planned().plan().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(today.screened().result().ruleIds()).contains("S1", "P1");
    assertThat(today.lifted()).as("the reasons P1 sets aside").containsExactly("S1");
    assertThat(today.from().version()).isEqualTo(1);
    assertThat(world.journal(PERSON).screenings(Instant.MIN, Instant.MAX)).hasSize(kept);

    world.clock.pass(java.time.Duration.ofDays(1));
    assertThat(world.days.fromTodaysScreening(PERSON)).as("yesterday's screening").isEmpty();
  }

  @StoreTest
  void theProgramPrintsWithTheClinicianTheDoseAndWhatTheScreeningHeldBack(Database database) {
    ProgramServiceTest.World world = joined(database);
    HandoutService handouts =
        new HandoutService(
            world.services.planning(),
            new SvgIllustrator(),
            handout -> {
              throw new AssertionError("only the content is read here");
            },
            "test",
            world.clock);
    assertThat(world.days.latestFor(CLINICIAN, PERSON))
        .as("no screening: nothing to print from")
        .isEmpty();
    world
        .services
        .screening()
        .screen(plain(world, PERSON), Json.parse(answers("\"HERNIATED_DISC\"", 2)), Set.of());

    Handout mine =
        handouts.handout(
            world.days.fromTodaysScreening(PERSON).orElseThrow(), Paper.A4, Optional.empty());
    Handout printout =
        handouts.handout(
            world.days.latestFor(CLINICIAN, PERSON).orElseThrow(), Paper.LETTER, Optional.empty());

    for (Handout handout : List.of(mine, printout)) {
      assertThat(handout.verdict()).isEqualTo(Verdict.STRETCH_ONLY);
      assertThat(handout.steps())
          .extracting(Handout.Step::name)
          .containsExactly("Armchair twist", "Upward stretch");
      assertThat(handout.steps().get(0).dose()).isEqualTo("hold 20 s, 2 times");
      Handout.Prescription program = handout.prescription().orElseThrow();
      assertThat(program.title()).isEqualTo("Desk back");
      assertThat(program.clinician()).isEqualTo("dr.ng@example.org");
      assertThat(program.frequency()).isEqualTo("once a day, 5 days a week");
      assertThat(program.notes()).isEqualTo("Slowly, never into pain.");
      assertThat(program.heldBack())
          .singleElement()
          .satisfies(held -> assertThat(held.name()).isEqualTo("Chair-back extension"));
      assertThat(handout.title()).startsWith("Limber: Desk back, ");
    }
    assertThat(world.following.accessLog(PERSON))
        .extracting(entry -> entry.what())
        .contains("read your latest screening to print your program");
  }

  @StoreTest
  void aProgramChangedMidSessionKeepsTheVersionThatWasPlayed(Database database) {
    ProgramServiceTest.World world = joined(database);
    world.services.screening().screen(plain(world, PERSON), Json.parse(answers("", 2)), Set.of());
    ProgramDayService.Today today = world.days.fromTodaysScreening(PERSON).orElseThrow();
    ProgramVersion mine = world.joining.mine(PERSON).orElseThrow().program();
    world.authoring.save(
        CLINICIAN,
        Optional.of(mine.programId()),
        Json.parse(ProgramServiceTest.PROGRAM.replace("Desk back", "Desk back, gentler")));

    world.days.keepPlayed(PERSON, finished(world.clock.instant()), today.from());

    assertThat(world.days.plays(PERSON)).extracting(play -> play.version()).containsExactly(1);
    assertThat(world.joining.mine(PERSON).orElseThrow().program().version()).isEqualTo(2);
  }
}
