package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalCommandsTest {
  private final String db = TestDatabases.migratedH2Url(TestDatabases.h2File());

  private String historyJson() {
    CliRun history = CliRun.of("history", "--days", "3650", "--json", "--db", db);
    assertThat(history.exitCode()).isEqualTo(ExitCode.OK);
    // "to" is the moment of the run; the entries are what matter.
    return history.out().replaceAll("\"to\": \"[^\"]*\"", "\"to\": \"now\"");
  }

  @SuppressWarnings("unchecked")
  private List<Object> checkIns() {
    return (List<Object>) ((Map<String, Object>) Json.parse(historyJson())).get("checkIns");
  }

  @Test
  void aCheckInIsKeptAndShownInTheHistory() {
    CliRun checkin =
        CliRun.of("checkin", "--pain", "4", "--cracked", "--note", "stiff", "--db", db);

    assertThat(checkin.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(checkin.out()).startsWith("Checked in: pain 4/10 and a crack");
    assertThat(checkin.out()).contains("Today's self-crack is used");
    assertThat(checkIns()).hasSize(1);
    assertThat(Json.write(checkIns().get(0))).contains("\"pain\":4", "\"cracked\":true");
    assertThat(CliRun.of("history", "--db", db).out()).contains("pain 4, cracked — stiff");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11", "-1", "five", "4.5", ""})
  void anInvalidPainScoreIsRejectedNamingTheFieldAndNothingIsKept(String pain) {
    CliRun checkin = CliRun.of("checkin", "--pain=" + pain, "--db", db);

    assertThat(checkin.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(checkin.err()).contains("--pain");
    assertThat(checkIns()).isEmpty();
  }

  @Test
  void aCheckInWithoutAPainScoreIsRejected() {
    CliRun checkin = CliRun.of("checkin", "--cracked", "--db", db);

    assertThat(checkin.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(checkin.err()).contains("--pain is required");
    assertThat(checkIns()).isEmpty();
  }

  @Test
  void aVersionOneExportWithoutReviewsStillImports() throws Exception {
    Path file = Files.createTempFile("limber-v1-", ".json");
    Files.writeString(
        file,
        "{\"format\":\"limber-journal\",\"version\":1,\"exportedAt\":\"2026-03-01T00:00:00Z\","
            + "\"checkIns\":[{\"at\":\"2026-03-01T08:00:00Z\",\"pain\":2,\"cracked\":false,"
            + "\"note\":null}],\"sessions\":[],\"screenings\":[]}",
        StandardCharsets.UTF_8);

    CliRun imported = CliRun.of("import", file.toString(), "--db", db);

    assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(imported.out()).contains("Imported 1 check-ins");
  }

  @Test
  void aReviewIsRecordedShownInTheHistoryAndExported() throws Exception {
    CliRun review =
        CliRun.of("review", "--by", "physiotherapist", "--note", "more walking", "--db", db);
    CliRun history = CliRun.of("history", "--db", db);

    assertThat(review.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(review.out()).contains("Recorded: physiotherapist seen on");
    assertThat(history.out()).contains("review").contains("more walking");
    assertThat(historyJson()).contains("\"reviews\"").contains("PHYSIOTHERAPIST");
  }

  @Test
  void aReviewDatedInTheFutureOrByNobodyIsRefusedAndNothingIsKept() {
    CliRun future = CliRun.of("review", "--by", "doctor", "--date", "2999-01-01", "--db", db);
    CliRun nobody = CliRun.of("review", "--db", db);
    CliRun badDate = CliRun.of("review", "--by", "doctor", "--date", "soon", "--db", db);

    assertThat(future.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(future.err()).contains("date: must not be in the future");
    assertThat(nobody.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(badDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(historyJson()).contains("\"reviews\": []");
  }

  @Test
  void insightsPrintASparklineAndJsonWithEverySection() {
    CliRun.of("checkin", "--pain", "3", "--db", db);
    CliRun.of("checkin", "--pain", "6", "--db", db);

    CliRun text = CliRun.of("insights", "--db", db);
    CliRun json = CliRun.of("insights", "--json", "--db", db);

    assertThat(text.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(text.out()).contains("Pain, last 90 days", "▄", "Sources:");
    assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) Json.parse(json.out());
    assertThat(tree)
        .containsOnlyKeys(
            "painTrend",
            "relief",
            "sessionsPerWeek",
            "cracking",
            "escalations",
            "painFlags",
            "latestReview");
  }

  @Test
  void exportThenImportIntoAnEmptyJournalReproducesItExactly() throws Exception {
    CliRun.of("checkin", "--pain", "3", "--note", "morning", "--db", db);
    CliRun.of("checkin", "--pain", "5", "--cracked", "--db", db);
    Path first = Files.createTempDirectory("limber-export-").resolve("journal.json");
    Path second = first.resolveSibling("again.json");
    String empty = TestDatabases.migratedH2Url(TestDatabases.h2File());

    CliRun export = CliRun.of("export", "--out", first.toString(), "--db", db);
    CliRun imported = CliRun.of("import", first.toString(), "--db", empty);
    CliRun.of("export", "--out", second.toString(), "--db", empty);

    assertThat(export.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(imported.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(imported.out())
        .contains("Imported 2 check-ins, 0 sessions, 0 screenings and 0 reviews");
    assertThat(withoutExportTime(Files.readString(second)))
        .isEqualTo(withoutExportTime(Files.readString(first)));
  }

  @Test
  void importingTheSameFileTwiceAddsNothingTheSecondTime() throws Exception {
    CliRun.of("checkin", "--pain", "3", "--db", db);
    Path file = Files.createTempDirectory("limber-export-").resolve("journal.json");
    CliRun.of("export", "--out", file.toString(), "--db", db);

    CliRun again = CliRun.of("import", file.toString(), "--db", db);

    assertThat(again.out()).contains("Imported 0 check-ins", "(1 already in the journal)");
    assertThat(checkIns()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "[]",
        "{\"format\":\"something-else\",\"version\":1}",
        "{\"format\":\"limber-journal\",\"version\":4,\"exportedAt\":\"2026-03-01T00:00:00Z\","
            + "\"checkIns\":[],\"sessions\":[],\"screenings\":[]}",
        "{\"format\":\"limber-journal\",\"version\":1,\"exportedAt\":\"2026-03-01T00:00:00Z\","
            + "\"checkIns\":[{\"at\":\"2026-03-01T08:00:00Z\",\"pain\":2,\"cracked\":false,"
            + "\"note\":null},{\"at\":\"2026-03-02T08:00:00Z\",\"pain\":11,\"cracked\":false,"
            + "\"note\":null}],\"sessions\":[],\"screenings\":[]}",
        "{\"format\":\"limber-journal\",\"version\":1,\"exportedAt\":\"2026-03-01T00:00:00Z\","
            + "\"checkIns\":[{\"at\":\"yesterday\",\"pain\":\"five\",\"cracked\":false}],"
            + "\"sessions\":[{\"started\":\"2026-03-01T08:00:00Z\"}],\"screenings\":[],"
            + "\"extra\":true}"
      })
  void aBrokenOrUnknownImportFileChangesNothing(String text) throws Exception {
    CliRun.of("checkin", "--pain", "1", "--db", db);
    String before = historyJson();
    Path file = Files.createTempFile("limber-import-", ".json");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    CliRun imported = CliRun.of("import", file.toString(), "--db", db);

    assertThat(imported.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(imported.err()).contains("nothing changed");
    assertThat(historyJson()).isEqualTo(before);
  }

  @Test
  void anImportErrorNamesTheFieldPathAndAnUnknownVersionSaysSo() throws Exception {
    Path file = Files.createTempFile("limber-import-", ".json");
    Files.writeString(
        file,
        "{\"format\":\"limber-journal\",\"version\":1,\"exportedAt\":\"2026-03-01T00:00:00Z\","
            + "\"checkIns\":[{\"at\":\"2026-03-02T08:00:00Z\",\"pain\":11,\"cracked\":false}],"
            + "\"sessions\":[],\"screenings\":[]}");
    Path newer = Files.createTempFile("limber-import-", ".json");
    Files.writeString(newer, "{\"format\":\"limber-journal\",\"version\":7}");

    CliRun broken = CliRun.of("import", file.toString(), "--db", db);
    CliRun unknown = CliRun.of("import", newer.toString(), "--db", db);

    assertThat(broken.err()).contains("checkIns[0].pain");
    assertThat(unknown.err()).contains("version 7 is not supported");
  }

  @Test
  void forgetAsksFirstAndKeepsEverythingUnlessTheAnswerIsYes() {
    CliRun.of("checkin", "--pain", "2", "--db", db);

    CliRun declined = CliRun.withInput("no\n", "forget", "--db", db);
    int kept = checkIns().size();
    CliRun confirmed = CliRun.withInput("yes\n", "forget", "--db", db);

    assertThat(declined.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(declined.out()).contains("Nothing deleted.");
    assertThat(kept).isEqualTo(1);
    assertThat(confirmed.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(checkIns()).isEmpty();
  }

  @Test
  void forgetWithYesDeletesWithoutAsking() {
    CliRun.of("checkin", "--pain", "2", "--db", db);

    CliRun forget = CliRun.of("forget", "--yes", "--db", db);

    assertThat(forget.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(checkIns()).isEmpty();
  }

  private static String withoutExportTime(String export) {
    return export.replaceAll("\"exportedAt\": \"[^\"]*\"", "");
  }
}
