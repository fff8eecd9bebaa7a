package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.account.Account;
import dev.limber.account.Throttle;
import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.Reviewer;
import dev.limber.json.Json;
import dev.limber.program.AlertKind;
import dev.limber.program.JoinCode;
import dev.limber.program.MildStops;
import dev.limber.program.ProgramVersion;
import dev.limber.program.Shared;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.FromProgram;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcPrograms;
import dev.limber.store.StoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The clinician programs use cases over the real store, on H2 and PostgreSQL: join, consent and
 * leave; the isolation matrix with clinicians; the code throttle; alerts; versions; today's program
 * under rule P1; deletion.
 */
class ProgramServiceTest {
  static final String PROGRAM =
      """
      {"title": "Desk back", "notes": "Slowly, never into pain.", "selfCrackAllowed": true,
       "frequency": {"timesPerDay": 1, "daysPerWeek": 5},
       "items": [
         {"techniqueId": "armchair-twist", "holdSeconds": 20, "reps": 2, "sides": 2},
         {"techniqueId": "upward-stretch", "holdSeconds": 15, "reps": 2, "sides": 1},
         {"techniqueId": "chair-back-extension", "holdSeconds": 20, "reps": 1, "sides": 1}]}
      """;

  static String answers(String conditions, int pain) {
    return """
        {"conditions": [%s],
         "symptoms": {"painScore": %d, "painDurationWeeks": 1, "numbness": [], "weakness": [],
                      "bladderOrBowelChange": false, "chestPain": false, "fever": false,
                      "unexplainedWeightLoss": false, "swelling": false,
                      "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
         "history": {"ageYears": 40, "recentTrauma": "NONE", "firstEpisode": false,
                     "canGetDownToFloor": true,
                     "canLieFlatWithoutBackDiscomfort": true, "canReachMidBack": true}}
        """
        .formatted(conditions, pain);
  }

  /** A clock the test moves forward. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-16T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(Duration duration) {
      now = now.plus(duration);
    }
  }

  static final class World {
    final MovingClock clock = new MovingClock();
    final Database database;
    final JdbcAccounts accounts;
    final JdbcPrograms programs;
    final ProgramServices useCases;
    final ClinicianService clinicians;
    final ProgramAuthoringService authoring;
    final JoiningService joining;
    final ProgramDayService days;
    final FollowingService following;
    final Services services;

    World(Database database) {
      this.database = database;
      this.accounts = new JdbcAccounts(database);
      this.programs = new JdbcPrograms(database);
      this.services =
          Services.of(Catalog.bundled(), dev.limber.screening.RuleBook.bundled(), clock);
      this.useCases =
          new ProgramServices(
              programs,
              accounts,
              new JdbcAttempts(database),
              id -> new JdbcJournal(database, id),
              services,
              clock,
              new SplittableRandom(15));
      this.clinicians = useCases.clinicians();
      this.authoring = useCases.authoring();
      this.joining = useCases.joining();
      this.days = useCases.days();
      this.following = useCases.following();
    }

    String account(String email) {
      String id = "id-" + email;
      accounts.add(new Account(id, email), "hash", clock.instant());
      return id;
    }

    String clinician(String email) {
      String id = account(email);
      clinicians.grant(email);
      return id;
    }

    ProgramVersion program(String clinicianId) {
      return authoring
          .save(clinicianId, Optional.empty(), Json.parse(PROGRAM))
          .version()
          .orElseThrow();
    }

    String code(String clinicianId) {
      return authoring.createCode(clinicianId, program(clinicianId).programId()).code();
    }

    JdbcJournal journal(String personId) {
      return new JdbcJournal(database, personId);
    }
  }

  @StoreTest
  void aPersonPreviewsConsentsJoinsAndLeavesAndAccessEndsAtOnce(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    JoinCode code = world.authoring.createCode(clinician, world.program(clinician).programId());

    JoiningService.Preview preview =
        world.joining.preview(person, "10.0.0.1", code.display().toLowerCase());
    assertThat(preview.clinicianEmail()).isEqualTo("dr.ng@example.org");
    assertThat(preview.program().program().title()).isEqualTo("Desk back");
    assertThat(preview.shared()).contains(Shared.SESSIONS, Shared.PAIN, Shared.NOTES);
    world.joining.join(person, "10.0.0.1", code.code(), false);

    assertThat(world.joining.mine(person)).isPresent();
    assertThat(world.joining.mine(person).get().link().consent().sharesNotes()).isFalse();
    assertThat(world.following.people(clinician))
        .extracting(f -> f.email())
        .containsExactly("ana@example.org");
    assertThat(world.following.person(clinician, person).person().email())
        .isEqualTo("ana@example.org");
    assertThat(world.following.accessLog(person))
        .singleElement()
        .satisfies(entry -> assertThat(entry.clinicianEmail()).isEqualTo("dr.ng@example.org"));

    assertThat(world.joining.leave(person)).isTrue();

    assertThat(world.following.people(clinician)).isEmpty();
    assertThatThrownBy(() -> world.following.person(clinician, person))
        .isInstanceOf(NotFound.class);
    assertThat(world.joining.mine(person)).isEmpty();
    String other = world.account("bo@example.org");
    assertThatThrownBy(() -> world.joining.join(other, "10.0.0.2", code.code(), false))
        .as("a code is used once")
        .isInstanceOf(NotFound.class);
  }

  @StoreTest
  void aCodeExpiresAfterFourteenDays(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    String code = world.code(clinician);

    world.clock.pass(Duration.ofDays(14));

    assertThatThrownBy(() -> world.joining.preview(person, "10.0.0.1", code))
        .isInstanceOf(NotFound.class);
  }

  @StoreTest
  void theIsolationMatrixWithClinicians(Database database) {
    World world = new World(database);
    String ng = world.clinician("dr.ng@example.org");
    String ola = world.clinician("dr.ola@example.org");
    String ana = world.account("ana@example.org");
    String bo = world.account("bo@example.org");
    String cy = world.account("cy@example.org");
    String di = world.account("di@example.org");
    world.joining.join(ana, "a", world.code(ng), true);
    world.joining.join(bo, "b", world.code(ola), false);
    world.joining.join(di, "d", world.code(ng), false);
    world.joining.leave(di);
    world.journal(ana).add(new CheckIn(world.clock.instant(), 3, false, "ana's note"));
    world.journal(bo).add(new CheckIn(world.clock.instant(), 4, false, "bo's note"));
    String ngsProgram = world.authoring.programs(ng).get(0).programId();

    // Who may read whom: only a current link opens a person's data.
    String[][] matrix = {
      {ng, ana, "yes"}, {ng, bo, "no"}, {ng, cy, "no"}, {ng, di, "no"},
      {ola, ana, "no"}, {ola, bo, "yes"}, {ola, cy, "no"}, {ola, di, "no"}
    };
    for (String[] cell : matrix) {
      if (cell[2].equals("yes")) {
        assertThat(world.following.person(cell[0], cell[1]).person().link().personId())
            .isEqualTo(cell[1]);
      } else {
        assertThatThrownBy(() -> world.following.person(cell[0], cell[1]))
            .as(cell[0] + " reads " + cell[1])
            .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> world.following.acknowledge(cell[0], cell[1], "x"))
            .isInstanceOf(NotFound.class);
        assertThatThrownBy(
                () ->
                    world.following.review(
                        cell[0], cell[1], Reviewer.PHYSIOTHERAPIST, Optional.empty(), ""))
            .isInstanceOf(NotFound.class);
      }
    }
    assertThat(world.following.people(ng))
        .extracting(f -> f.link().personId())
        .containsExactly(ana);
    assertThat(world.following.people(ola))
        .extracting(f -> f.link().personId())
        .containsExactly(bo);
    assertThat(world.following.alerts(ng))
        .allMatch(alert -> alert.person().link().personId().equals(ana));
    // The desk: each clinician's people list, sorted and filtered any way, holds only their own.
    for (String sort : new String[] {"name", "last-session", "pain", "attention"}) {
      for (String filter : new String[] {"all", "attention"}) {
        assertThat(world.useCases.desk().people(ng, sort, filter).people())
            .extracting(entry -> entry.personId())
            .isSubsetOf(ana);
        assertThat(world.useCases.desk().people(ola, sort, filter).people())
            .extracting(entry -> entry.personId())
            .isSubsetOf(bo);
      }
    }
    assertThat(world.useCases.desk().desk(ng, null, null).people().people())
        .extracting(entry -> entry.personId())
        .containsExactly(ana);
    assertThat(world.useCases.desk().desk(ng, null, null).alerts())
        .allMatch(alert -> alert.person().link().personId().equals(ana));
    assertThat(world.following.person(ng, ana, 365).progress().days()).isEqualTo(365);
    assertThatThrownBy(() -> world.following.person(ng, bo, 365)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.useCases.desk().people(ana, null, null))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> world.useCases.desk().desk(cy, null, null))
        .isInstanceOf(Forbidden.class);

    // A person sees their own clinician and program only, never another's patients.
    assertThat(world.joining.mine(ana).orElseThrow().clinicianEmail())
        .isEqualTo("dr.ng@example.org");
    assertThat(world.joining.mine(cy)).isEmpty();
    assertThat(world.following.accessLog(ana)).allMatch(entry -> entry.clinicianId().equals(ng));
    assertThat(world.following.accessLog(bo)).allMatch(entry -> entry.clinicianId().equals(ola));
    assertThat(world.following.accessLog(cy)).isEmpty();
    assertThat(world.following.accessLog(di)).isEmpty();
    assertThatThrownBy(() -> world.following.people(ana)).isInstanceOf(Forbidden.class);

    // Programs are the clinician's own.
    assertThatThrownBy(() -> world.authoring.versions(ola, ngsProgram))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.authoring.createCode(ola, ngsProgram))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.authoring.save(ola, Optional.of(ngsProgram), Json.parse(PROGRAM)))
        .isInstanceOf(NotFound.class);

    // Notes only when the person chose to share them.
    assertThat(world.following.person(ng, ana).checkIns())
        .extracting(CheckIn::note)
        .containsExactly("ana's note");
    assertThat(world.following.person(ola, bo).checkIns())
        .extracting(CheckIn::note)
        .containsOnlyNulls();
  }

  @StoreTest
  void wrongCodesAreThrottledPerPerson(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    String good = world.code(clinician);

    for (int attempt = 0; attempt < Throttle.JOIN_CODE.attemptsPerKey(); attempt++) {
      assertThatThrownBy(() -> world.joining.preview(person, "10.0.0.1", "AAAAAAAA"))
          .isInstanceOf(NotFound.class);
    }

    assertThatThrownBy(() -> world.joining.preview(person, "10.0.0.1", good))
        .isInstanceOf(JoiningService.Throttled.class);
    world.clock.pass(Throttle.JOIN_CODE.window().plusSeconds(1));
    assertThat(world.joining.preview(person, "10.0.0.1", good).code()).isEqualTo(good);
  }

  @StoreTest
  void alertsAreRaisedAndListedUntilAcknowledged(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);
    Instant started = world.clock.instant().plusSeconds(60);
    world
        .journal(person)
        .add(
            new SessionRecord(
                started,
                started.plusSeconds(40),
                List.of(),
                List.of(
                    new SegmentRecord(
                        SegmentKind.HOLD,
                        "armchair-twist",
                        null,
                        1,
                        20,
                        dev.limber.session.Outcome.NOT_REACHED)),
                3,
                null,
                new PainStop(0, "armchair-twist", 7, false),
                0,
                Ending.STOPPED_FOR_PAIN));
    world.clock.pass(Duration.ofMinutes(5));

    List<FollowingService.PersonAlert> alerts = world.following.alerts(clinician);

    assertThat(alerts).extracting(a -> a.alert().kind()).contains(AlertKind.STOPPED_FOR_PAIN);
    String key =
        alerts.stream()
            .filter(a -> a.alert().kind() == AlertKind.STOPPED_FOR_PAIN)
            .findFirst()
            .orElseThrow()
            .alert()
            .key();
    world.following.acknowledge(clinician, person, key);
    assertThat(world.following.alerts(clinician)).noneMatch(a -> a.alert().key().equals(key));
    world.clock.pass(Duration.ofDays(8));
    assertThat(world.following.alerts(clinician))
        .extracting(a -> a.alert().kind())
        .contains(AlertKind.NO_SESSION);

    // The clinician's review closes the flag the stop opened.
    assertThat(world.following.person(clinician, person).insights().openFlags()).isNotEmpty();
    world.following.review(clinician, person, Reviewer.PHYSIOTHERAPIST, Optional.empty(), "seen");
    assertThat(world.following.person(clinician, person).insights().openFlags()).isEmpty();
    assertThat(world.following.accessLog(person))
        .extracting(entry -> entry.what())
        .contains("recorded a professional review in your journal");
  }

  @StoreTest
  void aMildStopShowsAsItsOwnLineAndALowPriorityAlertKeptUntilAcknowledged(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);
    Instant started = world.clock.instant().plusSeconds(60);
    world
        .journal(person)
        .add(
            new SessionRecord(
                started,
                started.plusSeconds(40),
                List.of(),
                List.of(
                    new SegmentRecord(
                        SegmentKind.HOLD,
                        "armchair-twist",
                        null,
                        1,
                        20,
                        dev.limber.session.Outcome.NOT_REACHED)),
                3,
                null,
                List.of(new PainStop(0, "armchair-twist", 4, false, true, false)),
                0,
                Ending.STOPPED_FOR_PAIN));
    world.clock.pass(Duration.ofMinutes(5));

    FollowingService.PersonView view = world.following.person(clinician, person);
    List<FollowingService.PersonAlert> alerts = world.following.alerts(clinician);

    assertThat(view.stoppedForPain()).isEmpty();
    assertThat(view.mildStops())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.words())
                  .startsWith(
                      "A stretch hurt a little on Monday 16 November 2026, Armchair twist; it"
                          + " eased.")
                  .contains("not yet said whether it settled");
              assertThat(line.stop().settling()).isEqualTo(MildStops.Settling.WAITING);
            });
    assertThat(alerts)
        .extracting(a -> a.alert().kind())
        .containsExactly(AlertKind.PAIN_NOTED)
        .doesNotContain(AlertKind.STOPPED_FOR_PAIN);
    assertThat(alerts.get(0).alert().priority()).isEqualTo(AlertKind.Priority.LOW);

    // The person answers the follow-up: settled. The line says so; the alert waits for the
    // clinician.
    String settled =
        answers("", 2)
            .replace(
                "\"firstEpisode\": false,",
                "\"firstEpisode\": false, \"lastPainStopSettled\": true,");
    assertThat(
            world
                .services
                .screening()
                .screen(
                    Person.withJournal(world.journal(person)),
                    Json.parse(settled),
                    java.util.Set.of())
                .isRejected())
        .isFalse();
    assertThat(world.following.person(clinician, person).mildStops())
        .singleElement()
        .satisfies(
            line -> assertThat(line.words()).contains("They said later that it had settled"));
    String key = world.following.alerts(clinician).get(0).alert().key();
    world.following.acknowledge(clinician, person, key);
    assertThat(world.following.alerts(clinician)).noneMatch(a -> a.alert().key().equals(key));
  }

  @StoreTest
  void aChangeMakesANewVersionAndAPlayRecordsTheVersionItPlayed(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    ProgramVersion first = world.program(clinician);
    world.joining.join(
        person, "a", world.authoring.createCode(clinician, first.programId()).code(), false);
    SessionRecord session =
        new SessionRecord(
            world.clock.instant(),
            world.clock.instant().plusSeconds(60),
            List.of(),
            List.of(),
            2,
            1,
            List.of(),
            0,
            Ending.FINISHED);
    FromProgram plannedAtFirst = new FromProgram(first.programId(), first.version());

    ProgramVersion second =
        world
            .authoring
            .save(
                clinician,
                Optional.of(first.programId()),
                Json.parse(PROGRAM.replace("Desk back", "Desk back, gentler")))
            .version()
            .orElseThrow();
    // Planned before the change, kept after it: the record keeps the version that was played.
    assertThat(world.days.played(person, session, plannedAtFirst)).isTrue();
    world.days.played(
        person,
        new SessionRecord(
            world.clock.instant().plusSeconds(600),
            world.clock.instant().plusSeconds(660),
            List.of(),
            List.of(),
            2,
            1,
            List.of(),
            0,
            Ending.FINISHED),
        new FromProgram(second.programId(), second.version()));

    assertThat(second.version()).isEqualTo(2);
    assertThat(world.authoring.versions(clinician, first.programId()))
        .extracting(ProgramVersion::version)
        .containsExactly(1, 2);
    assertThat(world.days.plays(person)).extracting(play -> play.version()).containsExactly(1, 2);
    assertThat(world.joining.mine(person).orElseThrow().program().program().title())
        .isEqualTo("Desk back, gentler");
  }

  @StoreTest
  void todaysProgramFollowsRuleP1AndHoldsBackWhatTheScreeningExcludes(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);

    ProgramDayService.Today disc =
        world.days.fromAnswers(person, Json.parse(answers("\"HERNIATED_DISC\"", 2)));
    assertThat(disc.planned().plan().verdict()).isEqualTo(Verdict.STRETCH_ONLY);
    assertThat(disc.screened().result().ruleIds()).contains("S1", "P1");
    assertThat(disc.planned().plan().findRoutine().orElseThrow().techniqueIds())
        .containsExactly("armchair-twist", "upward-stretch");
    assertThat(disc.heldBack())
        .extracting(h -> h.techniqueId() + " " + h.rule())
        .containsExactly("chair-back-extension F1");

    ProgramDayService.Today severe =
        world.days.fromAnswers(person, Json.parse(answers("\"HERNIATED_DISC\"", 8)));
    assertThat(severe.planned().plan().verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(severe.planned().plan().findRoutine()).isEmpty();

    // The clinician sees what was held back on the person's latest screening.
    assertThat(world.following.person(clinician, person).heldBack()).isNotEmpty();

    // Without the link the same answers are an ordinary SEE_PROFESSIONAL.
    world.joining.leave(person);
    assertThatThrownBy(
            () -> world.days.fromAnswers(person, Json.parse(answers("\"HERNIATED_DISC\"", 2))))
        .isInstanceOf(NotFound.class);
  }

  @StoreTest
  void aSelfCrackProgramIsNotAssignedToAPersonWhoseVerdictIsNotClear(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);
    world
        .services
        .screening()
        .screen(
            Person.withJournal(world.journal(person)),
            Json.parse(answers("\"HYPERMOBILITY\"", 2)),
            java.util.Set.of());
    ProgramVersion another = world.program(clinician);

    assertThat(world.authoring.assign(clinician, person, another.programId()))
        .singleElement()
        .satisfies(error -> assertThat(error.message()).contains("STRETCH_ONLY, not CLEAR"));
  }

  @StoreTest
  void deletingAnAccountRemovesItsProgramData(Database database) {
    World world = new World(database);
    String clinician = world.clinician("dr.ng@example.org");
    String person = world.account("ana@example.org");
    world.joining.join(person, "a", world.code(clinician), false);
    world.following.person(clinician, person);

    assertThat(world.accounts.remove(person)).isTrue();

    assertThat(world.following.people(clinician)).isEmpty();
    assertThat(world.programs.accessLog(person)).isEmpty();
    assertThat(world.accounts.remove(clinician)).isTrue();
    assertThat(world.programs.isClinician(clinician)).isFalse();
    assertThat(world.programs.programsOf(clinician)).isEmpty();
  }
}
