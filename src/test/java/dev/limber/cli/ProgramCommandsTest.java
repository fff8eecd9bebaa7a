package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.program.Link;
import dev.limber.program.ProgramPlay;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinician, program and demo commands on a fresh database file. */
class ProgramCommandsTest {
  static final String DISC =
      """
      {"conditions": ["HERNIATED_DISC"],
       "symptoms": {"painScore": 2, "painDurationWeeks": 1, "numbness": [], "weakness": [],
                    "bladderOrBowelChange": false, "chestPain": false, "fever": false,
                    "unexplainedWeightLoss": false, "swelling": false,
                    "nightPainOrUnrelievedByRest": false, "painWorseWithCoughSneeze": false},
       "history": {"ageYears": 40, "recentTrauma": "NONE", "firstEpisode": false,
                   "canGetDownToFloor": true, "canLieFlatWithoutBackDiscomfort": true,
                   "canReachMidBack": true}}
      """;

  /** The demo's database, seeded once for the class: its real password hashing takes a while. */
  @TempDir static Path seeded;

  @TempDir Path home;

  @BeforeAll
  static void seedTheDemoOnce() {
    CliRun demo =
        CliRun.of("demo", "--clinician", "--db", "jdbc:h2:file:" + seeded.resolve("limber"));
    assertThat(demo.exitCode()).as(demo.err()).isZero();
  }

  private String db() {
    return "jdbc:h2:file:" + home.resolve("limber");
  }

  /** {@link #db()} holding its own copy of what {@code limber demo --clinician} seeds. */
  private String demoDb() throws IOException {
    Files.copy(seeded.resolve("limber.mv.db"), home.resolve("limber.mv.db"));
    return db();
  }

  @Test
  void theDemoSeedsAClinicianAPersonAndTheirProgramWhichTheCommandLineShows() {
    CliRun demo = CliRun.of("demo", "--clinician", "--db", db());

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).contains(DemoCommand.CLINICIAN).contains("/clinician");
    CliRun show = CliRun.of("program", "show", "--person", DemoCommand.PERSON, "--db", db());
    assertThat(show.exitCode()).isZero();
    assertThat(show.out())
        .contains("Desk back, weeks 1 to 4 (version 1)")
        .contains("Armchair twist: 20 s × 2, each side");
    assertThat(CliRun.of("demo", "--clinician", "--db", db()).exitCode()).isEqualTo(2);
  }

  @Test
  void theDemosJoinComesBeforeItsTwoWeeksSoEverySeededSessionCountsForTheClinician()
      throws IOException {
    try (Database database = Database.open(demoDb())) {
      String person =
          new JdbcAccounts(database)
              .findCredentials(DemoCommand.PERSON)
              .orElseThrow()
              .account()
              .id();
      JdbcPrograms programs = new JdbcPrograms(database);
      Link link = programs.activeLinkOf(person).orElseThrow();
      List<ProgramPlay> plays = programs.plays(person, link.joinedAt());
      List<ProgramPlay> all = programs.plays(person, Instant.EPOCH);

      assertThat(link.joinedAt()).isBefore(Instant.now().minus(Duration.ofDays(DemoCommand.DAYS)));
      // Five days a week over two weeks, less the two days missed in the first week.
      assertThat(plays).hasSizeBetween(8, 10).hasSameSizeAs(all);
    }
  }

  @Test
  void grantingAnUnknownAddressIsNotFound() {
    CliRun grant = CliRun.of("clinician", "grant", "nobody@example.org", "--db", db());

    assertThat(grant.exitCode()).isEqualTo(3);
    assertThat(grant.err()).contains("nobody@example.org");
  }

  @Test
  void playingTheProgramFollowsRuleP1AndHoldsBackWhatTheDayExcludes() throws Exception {
    String db = demoDb();
    // The alerted person's last check-in rose above a session's start: a flag that stops
    // everything.
    Path answers = Files.writeString(home.resolve("answers.json"), DISC);

    CliRun play =
        CliRun.withInput(
            "2\n1\n",
            "program",
            "play",
            "--person",
            DemoCommand.PERSON_WITH_ALERT,
            "--answers",
            answers.toString(),
            "--db",
            db);

    assertThat(play.exitCode()).as(play.err()).isZero();
    // The reason in words, never the rule's id (spec rev. 3 §6).
    assertThat(play.out())
        .contains("held back today")
        .doesNotContain("S6")
        .doesNotContainPattern("\\[[A-Z]\\d+\\]")
        .contains("No routine today");
  }

  @Test
  void theProgramPrintsAsAHandoutGatedByTheDaysScreening() throws Exception {
    String db = demoDb();
    Path answers = Files.writeString(home.resolve("answers.json"), DISC);
    Path out = home.resolve("program.pdf");

    CliRun handout =
        CliRun.of(
            "program",
            "handout",
            "--person",
            DemoCommand.PERSON_WITH_ALERT,
            "--answers",
            answers.toString(),
            "--out",
            out.toString(),
            "--paper",
            "letter",
            "--db",
            db);

    assertThat(handout.exitCode()).as(handout.err()).isZero();
    assertThat(handout.out()).contains("Handout written to").contains("US Letter");
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(out))) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("Desk back, weeks 1 to 4")
        .contains(DemoCommand.CLINICIAN)
        .contains("See a professional before you exercise")
        .doesNotContain("Held back from your program");
    CliRun again =
        CliRun.of(
            "program",
            "handout",
            "--person",
            DemoCommand.PERSON_WITH_ALERT,
            "--answers",
            answers.toString(),
            "--out",
            out.toString(),
            "--db",
            db);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("already exists").contains("--force");
  }
}
