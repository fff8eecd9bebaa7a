package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import dev.limber.store.Database;
import dev.limber.store.JdbcJournal;
import dev.limber.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graded pain on the command line (spec/screening.md rev. 3, §2 and §2.1): the questionnaire asks
 * the follow-up of an open mild stop in the journal's words and sends its answer, an answers file
 * without it is refused naming the field, and the pain questions say "since" a professional review.
 */
class GradedPainCommandsTest {
  private static final String CLEAR =
      "{\"conditions\":[],\"symptoms\":{\"painScore\":2,\"painDurationWeeks\":1,"
          + "\"numbness\":[],\"weakness\":[],\"bladderOrBowelChange\":false,\"chestPain\":false,"
          + "\"fever\":false,\"unexplainedWeightLoss\":false,\"swelling\":false,"
          + "\"nightPainOrUnrelievedByRest\":false,\"painWorseWithCoughSneeze\":false},"
          + "\"history\":{\"ageYears\":34,\"recentTrauma\":\"NONE\",\"firstEpisode\":false,"
          + "\"canGetDownToFloor\":true,"
          + "\"canLieFlatWithoutBackDiscomfort\":true,\"canReachMidBack\":true}}";

  /** Fourteen red flags answered no. */
  private static final List<String> NO_RED_FLAGS =
      List.of("n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n");

  @TempDir Path folder;

  private String db() {
    return TestDatabases.migratedH2Url(folder.resolve("journal"));
  }

  /** Two days ago a session stopped at the wall slide: pain 3 from 2, easing, not sharp. */
  private void keepMildStop() {
    Instant started = Instant.now().minus(Duration.ofDays(2));
    SessionRecord stopped =
        new SessionRecord(
            started,
            started.plusSeconds(60),
            List.of(new StepDose("wall-slide", 20, 1, 1)),
            List.of(
                new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 20, Outcome.SKIPPED)),
            2,
            3,
            List.of(new PainStop(0, "wall-slide", 3, false, true, false)),
            0,
            Ending.STOPPED_FOR_PAIN);
    try (Database database = Database.openForOneCommand(db())) {
      new JdbcJournal(database, JdbcJournal.LOCAL_OWNER).add(stopped);
    }
  }

  /** The follow-up the screening service asks of this journal, in the person's words. */
  private String followUp() {
    try (Database database = Database.openForOneCommand(db())) {
      return Services.of(Catalog.bundled(), RuleBook.bundled(), Clock.systemDefaultZone())
          .screening()
          .followUp(Person.withJournal(new JdbcJournal(database, JdbcJournal.LOCAL_OWNER)))
          .orElseThrow();
    }
  }

  /** The answers after the red flags, with the follow-up answer first when {@code followUp}. */
  private static List<String> answers(String followUp, String review) {
    List<String> lines = new ArrayList<>(NO_RED_FLAGS);
    if (followUp != null) {
      lines.add(followUp);
    }
    // No question asks for a review: a recorded one counts, and the pain questions then say so.
    lines.addAll(List.of("2", "1", "n", "n", "", "34", "n", "0", "0", "n"));
    lines.addAll(List.of("n", "n", "", "y", "y", "y"));
    return lines;
  }

  @Test
  void theQuestionnaireAsksTheFollowUpOfAnOpenMildStopInTheJournalsWordsAndSendsIt()
      throws Exception {
    keepMildStop();
    String question = followUp();

    ScreenCommandTest.Terminal run =
        ScreenCommandTest.Terminal.run(answers("y", "n"), "screen", "--db", db());

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(question).contains("Wall slide").contains("Is your back back to how it was");
    assertThat(run.out()).contains(question + " [y/n]");
    assertThat(run.out().indexOf(question)).isLessThan(run.out().indexOf("How strong is the pain"));
    Path export = folder.resolve("export.json");
    CliRun.of("export", "--db", db(), "--out", export.toString());
    Map<?, ?> exported = (Map<?, ?>) Json.parse(Files.readString(export));
    List<?> screenings = (List<?>) exported.get("screenings");
    assertThat(screenings.get(screenings.size() - 1).toString())
        .contains("lastPainStopSettled=true");
  }

  @Test
  void withNoOpenMildStopTheFollowUpIsNotAsked() {
    ScreenCommandTest.Terminal run =
        ScreenCommandTest.Terminal.run(answers(null, "n"), "screen", "--db", db());

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out()).doesNotContain("Is your back back to how it was");
  }

  @Test
  void anAnswersFileWithoutTheFollowUpIsRefusedNamingTheField() {
    keepMildStop();

    CliRun run = CliRun.withInput(CLEAR, "screen", "--db", db(), "--answers", "-");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("history.lastPainStopSettled").contains("Wall slide");
  }

  @Test
  void aRecordedReviewIsNotAskedAgainAndThePainQuestionsSaySince() {
    CliRun reviewed = CliRun.of("review", "--db", db(), "--by", "physiotherapist");
    assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();

    ScreenCommandTest.Terminal run =
        ScreenCommandTest.Terminal.run(answers(null, null), "screen", "--db", db());

    assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
    assertThat(run.out())
        .contains("Since the professional saw you, has cracking your back hurt?")
        .contains("Since the professional saw you, has stretching hurt?")
        .doesNotContain("Has stretching hurt?");
  }

  @Test
  void withoutAReviewThePainQuestionsKeepTheirOwnWords() {
    ScreenCommandTest.Terminal run =
        ScreenCommandTest.Terminal.run(answers(null, "n"), "screen", "--no-journal");

    assertThat(run.out())
        .contains("Has cracking your back ever hurt?")
        .contains("Has stretching hurt?")
        .doesNotContain("Since the professional");
  }
}
