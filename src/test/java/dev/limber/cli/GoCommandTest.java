package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.Journal;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoCommandTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final Journal journal = new InMemoryJournal();

  /** Real time, but starting at {@link #NOW}: the player needs a clock that moves. */
  private final Clock clock =
      Clock.offset(Clock.systemUTC(), java.time.Duration.between(Instant.now(), NOW));

  /** The real commands over a journal the test can read, at a fixed "now" for planning. */
  private CliRun run(String stdin, String... args) {
    SessionPlanning planning =
        new SessionPlanning(
            () -> Services.of(CATALOG, RuleBook.bundled(), clock),
            databaseUrl -> new JournalSource.Opened(Person.withJournal(journal), () -> {}),
            clock);
    Cli cli = new Cli("test", List.of(new PlanCommand(planning), new GoCommand(planning)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        cli.run(
            args,
            new Io(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static java.nio.file.Path answersFile() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("answers", ".json");
    java.nio.file.Files.writeString(file, PlanCommandTest.CLEAR);
    file.toFile().deleteOnExit();
    return file;
  }

  @Test
  void withoutATerminalPrintsOneLinePerSegmentAndKeepsNothingPlayedFasterThanRealTime()
      throws Exception {
    String answers = answersFile().toString();

    CliRun run =
        run(
            "3\n2\n",
            "go",
            "--answers",
            answers,
            "--minutes",
            "2",
            "--place",
            "desk",
            "--speed",
            "1000");

    assertThat(run.exitCode()).isZero();
    assertThat(journal.sessions(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"))).isEmpty();
    assertThat(
            run.out()
                .lines()
                .filter(line -> line.matches("\\s+\\d+:\\d\\d  [A-Z][a-z].* \\(\\d+ s\\)")))
        .isNotEmpty();
    assertThat(run.out()).doesNotContain("PAIN_CHECK").doesNotContain("GET_READY");
    assertThat(run.out())
        .contains("Session finished")
        .contains("pain 3 → 2")
        .contains("Not recorded")
        .contains("a demonstration, not kept in your journal");
  }

  @Test
  void aBlankPainAnswerLeavesTheScoreUnknown() throws Exception {
    CliRun run =
        run(
            "\n\n",
            "go",
            "--answers",
            answersFile().toString(),
            "--minutes",
            "1",
            "--place",
            "desk",
            "--speed",
            "1000",
            "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"painBefore\": null").contains("\"painAfter\": null");
    assertThat(run.err()).contains("no score given");
  }

  @Test
  void aSessionThatUsedTheSelfCrackLeavesItOutOfTheNextPlanToday() throws Exception {
    String answers = answersFile().toString();
    journal.add(
        new SessionRecord(
            NOW.minusSeconds(600),
            NOW.minusSeconds(500),
            List.of(new StepDose("standing-lean-back", 1, 1, 1)),
            List.of(
                new SegmentRecord(
                    SegmentKind.CRACK_ATTEMPT, "standing-lean-back", null, 1, 10, Outcome.DONE)),
            1,
            1,
            List.of(),
            1,
            Ending.FINISHED));

    CliRun next =
        run(
            "",
            "plan",
            "--answers",
            answers,
            "--minutes",
            "5",
            "--place",
            "desk",
            "--equipment",
            "chair",
            "--crack",
            "--json");

    assertThat(next.out()).contains("\"rule\": \"X6\"");
    assertThat(next.out()).doesNotContain("\"SELF_CRACK\"");
  }

  @Test
  void aSessionStoppedForPainMakesTheNextScreeningSeeAProfessional() throws Exception {
    journal.add(
        new SessionRecord(
            NOW.minusSeconds(3600),
            NOW.minusSeconds(3500),
            List.of(new StepDose("upward-stretch", 10, 2, 1)),
            List.of(
                new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
                new SegmentRecord(
                    SegmentKind.HOLD, "upward-stretch", null, 1, 10, Outcome.SKIPPED)),
            2,
            4,
            new PainStop(1, "upward-stretch", 4, false),
            0,
            Ending.STOPPED_FOR_PAIN));

    CliRun run = run("", "plan", "--answers", answersFile().toString(), "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(Json.parse(run.out())).isNotNull();
    assertThat(run.out())
        .contains("\"verdict\": \"SEE_PROFESSIONAL\"")
        .contains("\"rule\": \"S6\"");
  }

  @Test
  void seeProfessionalPlaysNothingAndExitsZero() throws Exception {
    java.nio.file.Path severe = answersFile();
    java.nio.file.Files.writeString(severe, PlanCommandTest.SEVERE);

    CliRun run = run("", "go", "--answers", severe.toString(), "--speed", "1000");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("No routine today.");
    assertThat(journal.sessions(Instant.EPOCH, Instant.MAX)).isEmpty();
  }

  @Test
  void rejectsASpeedOutsideItsRange() throws Exception {
    CliRun run = run("", "go", "--answers", answersFile().toString(), "--speed", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--speed must be from 0.1 to 1000, found 0");
  }

  @Test
  void keepsEveryScreeningItRunsInTheJournal() throws Exception {
    run("", "plan", "--answers", answersFile().toString());

    List<ScreeningRecord> screenings = journal.screenings(Instant.EPOCH, Instant.MAX);
    assertThat(screenings).hasSize(1);
    assertThat(screenings.get(0).verdict()).isEqualTo(Verdict.CLEAR);
    assertThat(screenings.get(0).answersJson()).contains("\"painScore\":2");
  }

  @Test
  void withoutAnswersUsesTodaysLatestScreeningFromTheJournal() throws Exception {
    journal.add(
        new ScreeningRecord(
            NOW.minusSeconds(600), Json.parse(PlanCommandTest.CLEAR), Verdict.CLEAR, List.of()));

    CliRun run = run("", "plan", "--json", "--unchanged");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Using today's screening from");
    assertThat(run.out()).contains("\"verdict\": \"CLEAR\"").contains("\"totalSeconds\"");
  }

  @Test
  void aScreeningFromAnotherDayIsNotReused() throws Exception {
    journal.add(
        new ScreeningRecord(
            NOW.minusSeconds(2 * 86_400),
            Json.parse(PlanCommandTest.CLEAR),
            Verdict.CLEAR,
            List.of()));

    CliRun run = run("", "plan");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no screening today");
  }

  @Test
  void aCrackReportedInACheckInTodayUsesTheSelfCrackSession() throws Exception {
    journal.add(new CheckIn(NOW.minusSeconds(300), 1, true, null));

    CliRun run =
        run(
            "",
            "plan",
            "--answers",
            answersFile().toString(),
            "--place",
            "desk",
            "--equipment",
            "chair",
            "--crack",
            "--json");

    assertThat(run.out()).doesNotContain("\"SELF_CRACK\"");
  }
}
