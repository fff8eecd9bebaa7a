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
import dev.limber.session.PainStop;
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
 * {@code limber demo --clinician}: seeds, in the database, a clinician with a program and three
 * people who joined it two weeks ago, so every state of the clinician's desk shows at once: one
 * whose screening today lets the program run, one with an open alert (a high pain score) and a mild
 * stop, and one who has not played for {@value #QUIET_DAYS} days. Then says how to sign in.
 */
public final class DemoCommand implements Command {
  public static final String CLINICIAN = "demo-clinician@example.org";

  /** The person whose screening today lets the program run. */
  public static final String PERSON = "demo-person@example.org";

  /** The person with an open alert (pain 7 at a check-in) and a mild stop two days ago. */
  public static final String PERSON_WITH_ALERT = "demo-alert@example.org";

  /** The person who has not played for {@value #QUIET_DAYS} days. */
  public static final String PERSON_QUIET = "demo-quiet@example.org";

  public static final String PASSWORD = "limber-demo-2026";

  /** How many days of sessions and check-ins the demonstration seeds, up to yesterday. */
  static final int DAYS = 14;

  /** How long ago the quiet person played last. */
  static final int QUIET_DAYS = 8;

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

  /** Answers with nothing of concern and a mild ache: with the program's review, it runs. */
  static final String CALM_ANSWERS =
      """
      {"conditions": [],
       "symptoms": {"painScore": 2, "painDurationWeeks": 3, "numbness": [], "weakness": [],
                    "bladderOrBowelChange": false, "chestPain": false, "fever": false,
                    "unexplainedWeightLoss": false, "swelling": false,
                    "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
       "history": {"ageYears": 41, "recentTrauma": "NONE", "firstEpisode": false,
                   "canGetDownToFloor": true, "canLieFlatWithoutBackDiscomfort": true,
                   "canReachMidBack": true}}
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
    return "Seed a demonstration: --clinician adds a clinician, a program and three people";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag(
            "clinician", "a clinician, a program, and three people in each state of the desk"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    if (!arguments.flag("clinician")) {
      throw new UsageException("say which demonstration: limber demo --clinician");
    }
    try (ProgramDesk.Opened opened = desk.open(arguments.value(JournalSource.DB_OPTION.name()))) {
      seed(opened);
    }
    io.out().println("Seeded: a clinician, a program and three people who joined it:");
    io.out().println("  " + PERSON + " is screened today and their program runs;");
    io.out().println("  " + PERSON_WITH_ALERT + " has an open alert (pain 7) and a mild stop;");
    io.out().println("  " + PERSON_QUIET + " has not played for " + QUIET_DAYS + " days.");
    io.out().println("Start the server on the same database:  limber serve" + dbFlag(arguments));
    io.out()
        .println(
            "Then sign in at http://127.0.0.1:8080/sign-in as "
                + CLINICIAN
                + " (password "
                + PASSWORD
                + "): you land on the desk, http://127.0.0.1:8080/clinician.");
    io.out().println("Each person signs in with the same password; /program is the person's side.");
    return ExitCode.OK;
  }

  /**
   * Seeds the clinician, the program and the three people over an open desk; a {@link
   * UsageException} when any of their addresses is already taken (nothing is seeded twice).
   */
  public void seed(ProgramDesk.Opened opened) {
    ProgramServices programs = opened.programs();
    List<String> everyone = List.of(CLINICIAN, PERSON, PERSON_WITH_ALERT, PERSON_QUIET);
    for (String email : everyone) {
      try {
        programs.clinicians().requireAccount(email);
        throw new UsageException(
            email + " already exists in this database: the demonstration is seeded once");
      } catch (NotFound absent) {
        opened.accounts().signUp(email, PASSWORD, "127.0.0.1");
      }
    }
    String clinician = programs.clinicians().requireAccount(CLINICIAN);
    // The program is written and joined the day before the two weeks begin, so every session
    // seeded after it counts towards adherence and alerts, as it would have at the time.
    ProgramServices then = programs.at(Clock.offset(clock, Duration.ofDays(-(DAYS + 1))));
    then.clinicians().grantById(clinician);
    ProgramVersion version =
        then.authoring()
            .save(clinician, Optional.empty(), Json.parse(PROGRAM))
            .version()
            .orElseThrow();
    for (String email : everyone.subList(1, everyone.size())) {
      JoinCode code = then.authoring().createCode(clinician, version.programId());
      then.joining()
          .join(programs.clinicians().requireAccount(email), "127.0.0.1", code.code(), false);
    }
    String runs = programs.clinicians().requireAccount(PERSON);
    seed(programs, runs, version, 1, List.of(), List.of());
    programs.days().fromAnswers(runs, Json.parse(CALM_ANSWERS));
    String alerted = programs.clinicians().requireAccount(PERSON_WITH_ALERT);
    seed(
        programs,
        alerted,
        version,
        3,
        List.of(mildStop(version, LocalDate.now(clock).minusDays(2))),
        List.of(new CheckIn(Instant.now(clock).minus(Duration.ofHours(2)), 7, false, null)));
    // The follow-up of the mild stop asks whether the back settled: it did.
    programs
        .days()
        .fromAnswers(
            alerted,
            Json.parse(
                CALM_ANSWERS.replace(
                    "\"canReachMidBack\": true",
                    "\"canReachMidBack\": true," + " \"lastPainStopSettled\": true")));
    String quiet = programs.clinicians().requireAccount(PERSON_QUIET);
    seed(programs, quiet, version, QUIET_DAYS, List.of(), List.of());
    programs.authoring().createCode(clinician, version.programId());
  }

  private static String dbFlag(Arguments arguments) {
    return arguments.value(JournalSource.DB_OPTION.name()).map(url -> " --db " + url).orElse("");
  }

  /**
   * Sessions and check-ins from {@link #DAYS} days ago up to {@code lastDaysAgo} days ago, pain
   * easing slowly, five days a week with two days missed in the first week and the last day played
   * whatever the weekday; then the extra sessions and check-ins.
   */
  private void seed(
      ProgramServices programs,
      String person,
      ProgramVersion version,
      int lastDaysAgo,
      List<SessionRecord> extraSessions,
      List<CheckIn> extraCheckIns) {
    List<StepDose> routine = routine(version);
    LocalDate today = LocalDate.now(clock);
    int[] painBefore = {5, 5, 4, 5, 4, 4, 4, 3, 4, 3, 3, 3, 2, 3};
    List<CheckIn> checkIns = new ArrayList<>();
    List<SessionRecord> sessions = new ArrayList<>();
    for (int day = DAYS; day >= lastDaysAgo; day--) {
      LocalDate date = today.minusDays(day);
      Instant morning = morning(date);
      int before = painBefore[DAYS - day];
      checkIns.add(new CheckIn(morning.minus(Duration.ofMinutes(20)), before, false, null));
      // The last day always has its session, so "last played" is exactly that many days ago.
      boolean skipped =
          day != lastDaysAgo && (date.getDayOfWeek().getValue() >= 6 || day == 12 || day == 11);
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
    sessions.addAll(extraSessions);
    checkIns.addAll(extraCheckIns);
    programs
        .days()
        .keepHistory(
            person, checkIns, sessions, new FromProgram(version.programId(), version.version()));
  }

  /** A session on {@code date} where the twist hurt a little and eased, and the person went on. */
  private SessionRecord mildStop(ProgramVersion version, LocalDate date) {
    List<StepDose> routine = routine(version);
    Instant morning = morning(date);
    List<SegmentRecord> segments = new ArrayList<>();
    for (StepDose step : routine) {
      segments.add(
          new SegmentRecord(
              SegmentKind.HOLD,
              step.techniqueId(),
              null,
              1,
              step.holdSeconds(),
              step.techniqueId().equals("armchair-twist") ? Outcome.SKIPPED : Outcome.DONE));
    }
    int twist = routine.stream().map(StepDose::techniqueId).toList().indexOf("armchair-twist");
    return new SessionRecord(
        morning,
        morning.plus(Duration.ofMinutes(6)),
        routine,
        segments,
        3,
        3,
        List.of(new PainStop(twist, "armchair-twist", 4, false, true, false)),
        0,
        Ending.FINISHED);
  }

  private static List<StepDose> routine(ProgramVersion version) {
    return version.program().items().stream().map(ProgramItem::toStepDose).toList();
  }

  private Instant morning(LocalDate date) {
    return date.atTime(8, 30).atZone(clock.getZone()).toInstant();
  }
}
