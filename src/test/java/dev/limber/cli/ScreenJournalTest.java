package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limber screen} on a real journal file: history filled from it, every screening kept. */
class ScreenJournalTest {
  private static final String CLEAR =
      "{\"conditions\":[],\"symptoms\":{\"painScore\":2,\"painDurationWeeks\":1,"
          + "\"numbness\":[],\"weakness\":[],\"bladderOrBowelChange\":false,\"chestPain\":false,\"fever\":false,"
          + "\"unexplainedWeightLoss\":false,\"swelling\":false,\"nightPainOrUnrelievedByRest\":false,"
          + "\"painWorseWithCoughSneeze\":false},"
          + "\"history\":{\"ageYears\":34,\"recentTrauma\":\"NONE\",\"firstEpisode\":false,"
          + "\"canGetDownToFloor\":true,"
          + "\"canLieFlatWithoutBackDiscomfort\":true,\"canReachMidBack\":true}}";

  @TempDir Path folder;

  private String db() {
    return TestDatabases.migratedH2Url(folder.resolve("journal"));
  }

  @Test
  void aCrackCheckedInTodayFillsCrackSessionsTodaySoSelfCrackingIsOff() {
    CliRun.of("checkin", "--db", db(), "--pain", "2", "--cracked");

    CliRun run = CliRun.withInput(CLEAR, "screen", "--db", db(), "--answers", "-", "--json");

    Map<?, ?> result = (Map<?, ?>) Json.parse(run.out());
    assertThat(run.exitCode()).isZero();
    assertThat(result.get("verdict")).isEqualTo("STRETCH_ONLY");
    assertThat(result.get("reasons").toString()).contains("X6");
  }

  @Test
  void aCallerSayingNoCracksTodayCannotHideACrackTheJournalHolds() {
    CliRun.of("checkin", "--db", db(), "--pain", "2", "--cracked");
    String givenNoCracks =
        CLEAR.replace("\"ageYears\":34", "\"ageYears\":34,\"crackSessionsToday\":0");

    CliRun run =
        CliRun.withInput(givenNoCracks, "screen", "--db", db(), "--answers", "-", "--json");

    assertThat(((Map<?, ?>) Json.parse(run.out())).get("verdict")).isEqualTo("STRETCH_ONLY");
    assertThat(run.out()).contains("\"rule\": \"X6\"");
  }

  @Test
  void everyScreeningIsKeptWithTheAnswersAsGiven() throws Exception {
    CliRun.withInput(CLEAR, "screen", "--db", db(), "--answers", "-");
    Path export = folder.resolve("export.json");

    CliRun.of("export", "--db", db(), "--out", export.toString());

    Map<?, ?> exported = (Map<?, ?>) Json.parse(Files.readString(export));
    List<?> screenings = (List<?>) exported.get("screenings");
    assertThat(screenings).hasSize(1);
    assertThat(screenings.get(0).toString()).contains("CLEAR").contains("ageYears");
  }

  @Test
  void noJournalReadsAndWritesNothing() throws Exception {
    CliRun.of("checkin", "--db", db(), "--pain", "2", "--cracked");

    CliRun run = CliRun.withInput(CLEAR, "screen", "--no-journal", "--answers", "-", "--json");
    CliRun both = CliRun.withInput(CLEAR, "screen", "--no-journal", "--db", db(), "--answers", "-");

    assertThat(((Map<?, ?>) Json.parse(run.out())).get("verdict")).isEqualTo("CLEAR");
    assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
  }
}
