package dev.limber.cli;

import dev.limber.app.NotFound;
import dev.limber.app.ProgramServices;
import dev.limber.journal.CheckIn;
import dev.limber.json.Json;
import dev.limber.program.JoinCode;
import dev.limber.program.ProgramItem;
import dev.limber.program.ProgramVersion;
import dev.limber.session.Ending;
import dev.limber.session.FromProgram;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code limber demo --clinician}: seeds a clinician, a person who joined them, a program and two
 * weeks of sessions and check-ins in the database, then says how to sign in and see the dashboard.
 */
public final class DemoCommand implements Command {
  static final String CLINICIAN = "demo-clinician@example.org";
  static final String PERSON = "demo-person@example.org";
  static final String PASSWORD = "limber-demo-2026";

  /** How many days of sessions and check-ins the demonstration seeds, up to yesterday. */
  static final int DAYS = 14;

  static final String PROGRAM =
      """
      {"title": "Desk back, weeks 1 to 4",
       "notes": "Move slowly and breathe out into each stretch. Stop if anything hurts.",
       "frequency": {"timesPerDay": 1, "daysPerWeek": 5},
       "items": [
         {"techniqueId": "upward-stretch", "holdSeconds": 15, "reps": 2, "sides": 1},
         {"techniqueId": "armchair-twist", "holdSeconds": 20, "reps": 2, "sides": 2},
         {"techniqueId": "butterfly-elbows", "holdSeconds": 10, "reps": 3, "sides": 1},
         {"techniqueId": "clasped-hands-forward-reach", "holdSeconds": 20, "reps": 2, "sides": 1}]}
      """;

  private final ProgramDesk desk;
  private final Clock clock;

  public DemoCommand(ProgramDesk desk, Clock clock) {
    this.desk = desk;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String summary() {
    return "Seed a demonstration: --clinician adds a clinician, a person, a program, two weeks";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag("clinician", "a clinician, a person who joined them, a program, two weeks"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    if (!arguments.flag("clinician")) {
      throw new UsageException("say which demonstration: limber demo --clinician");
    }
    try (ProgramDesk.Opened opened = desk.open(arguments.value(JournalSource.DB_OPTION.name()))) {
      ProgramServices programs = opened.programs();
      for (String email : List.of(CLINICIAN, PERSON)) {
        try {
          programs.clinicians().requireAccount(email);
          throw new UsageException(
              email + " already exists in this database: the demonstration is seeded once");
        } catch (NotFound absent) {
          opened.accounts().signUp(email, PASSWORD, "127.0.0.1");
        }
      }
      String clinician = programs.clinicians().requireAccount(CLINICIAN);
      String person = programs.clinicians().requireAccount(PERSON);
      // The program is written and joined the day before the two weeks begin, so every session
      // seeded after it counts towards adherence and alerts, as it would have at the time.
      ProgramServices then = programs.at(Clock.offset(clock, Duration.ofDays(-(DAYS + 1))));
      then.clinicians().grantById(clinician);
      ProgramVersion version =
          then.authoring()
              .save(clinician, Optional.empty(), Json.parse(PROGRAM))
              .version()
              .orElseThrow();
      JoinCode code = then.authoring().createCode(clinician, version.programId());
      then.joining().join(person, "127.0.0.1", code.code(), false);
      seedTwoWeeks(programs, person, version);
      programs.authoring().createCode(clinician, version.programId());
    }
    io.out().println("Seeded: a clinician, a person who joined them, a program, two weeks.");
    io.out().println("Start the server on the same database:  limber serve" + dbFlag(arguments));
    io.out()
        .println(
            "Sign in at http://127.0.0.1:8080/sign-in as "
                + CLINICIAN
                + " (password "
                + PASSWORD
                + ")");
    io.out().println("  and open /clinician for the people, alerts and the program builder;");
    io.out()
        .println("or as " + PERSON + " (same password) and open /program for the person's side.");
    return ExitCode.OK;
  }

  private static String dbFlag(Arguments arguments) {
    return arguments.value(JournalSource.DB_OPTION.name()).map(url -> " --db " + url).orElse("");
  }

  private void seedTwoWeeks(ProgramServices programs, String person, ProgramVersion version) {
    List<StepDose> routine =
        version.program().items().stream().map(ProgramItem::toStepDose).toList();
    LocalDate today = LocalDate.now(clock);
    int[] painBefore = {5, 5, 4, 5, 4, 4, 4, 3, 4, 3, 3, 3, 2, 3};
    List<CheckIn> checkIns = new ArrayList<>();
    List<SessionRecord> sessions = new ArrayList<>();
    for (int day = DAYS; day >= 1; day--) {
      LocalDate date = today.minusDays(day);
      Instant morning = date.atTime(8, 30).atZone(clock.getZone()).toInstant();
      int before = painBefore[DAYS - day];
      checkIns.add(new CheckIn(morning.minus(Duration.ofMinutes(20)), before, false, null));
      // Five days a week, as prescribed, with two days missed in the first week.
      boolean skipped = date.getDayOfWeek().getValue() >= 6 || day == 12 || day == 11;
      if (skipped) {
        continue;
      }
      boolean stopped = day == 4;
      // Each technique held once; on the day cut short only the first was reached, and on every
      // third day the last was skipped, so relief per technique has something to tell apart.
      List<SegmentRecord> segments = new ArrayList<>();
      for (int index = 0; index < routine.size(); index++) {
        StepDose step = routine.get(index);
        Outcome outcome =
            stopped && index > 0
                ? Outcome.NOT_REACHED
                : day % 3 == 0 && index == routine.size() - 1 ? Outcome.SKIPPED : Outcome.DONE;
        segments.add(
            new SegmentRecord(
                SegmentKind.HOLD, step.techniqueId(), null, 1, step.holdSeconds(), outcome));
      }
      sessions.add(
          new SessionRecord(
              morning,
              morning.plus(Duration.ofMinutes(stopped ? 2 : 6)),
              routine,
              segments,
              before,
              stopped ? null : Math.max(0, before - 1),
              List.of(),
              0,
              stopped ? Ending.QUIT : Ending.FINISHED));
    }
    checkIns.add(new CheckIn(Instant.now(clock).minus(Duration.ofHours(2)), 7, false, null));
    programs
        .days()
        .keepHistory(
            person, checkIns, sessions, new FromProgram(version.programId(), version.version()));
  }
}
