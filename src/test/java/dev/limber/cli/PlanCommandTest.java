package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import dev.limber.store.TestDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  static final String CLEAR =
      "{\"conditions\":[],\"symptoms\":{\"painScore\":2,\"painDurationWeeks\":1,"
          + "\"numbness\":[],\"weakness\":[],\"bladderOrBowelChange\":false,\"chestPain\":false,\"fever\":false,"
          + "\"unexplainedWeightLoss\":false,\"swelling\":false,\"nightPainOrUnrelievedByRest\":false,"
          + "\"painWorseWithCoughSneeze\":false},"
          + "\"history\":{\"ageYears\":34,\"recentTrauma\":\"NONE\",\"firstEpisode\":false,"
          + "\"canGetDownToFloor\":true,"
          + "\"canLieFlatWithoutBackDiscomfort\":true,\"canReachMidBack\":true}}";
  static final String SEVERE = CLEAR.replace("\"painScore\":2", "\"painScore\":8");
  static final String NO_FLOOR =
      CLEAR.replace("\"canGetDownToFloor\":true", "\"canGetDownToFloor\":false");

  @TempDir Path folder;

  /** The real command line on a throwaway journal file, never the one in the home folder. */
  private CliRun plan(String stdin, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of("plan", "--db", TestDatabases.migratedH2Url(folder.resolve("journal"))));
    args.addAll(List.of(options));
    return CliRun.withInput(stdin, args.toArray(String[]::new));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(CliRun run) {
    return (Map<String, Object>) Json.parse(run.out());
  }

  @Test
  void theLastPlaceMinutesAndEquipmentBecomeTheDefaultsShownAndOverridable() {
    plan(CLEAR, "--answers", "-", "--place", "desk", "--minutes", "4", "--equipment", "chair");

    CliRun again = plan(CLEAR, "--answers", "-", "--json");
    CliRun elsewhere = plan(CLEAR, "--answers", "-", "--json", "--place", "home");

    assertThat(again.err()).contains("As last time: 4 minutes, at desk, with chair");
    assertThat(((Number) ((Map<?, ?>) json(again).get("routine")).get("totalSeconds")).intValue())
        .isLessThanOrEqualTo(4 * 60);
    assertThat(elsewhere.err()).contains("As last time: 4 minutes").doesNotContain("with chair");
  }

  @Test
  void enablingATechniqueThatIsAlreadyOnChangesNothingAndAnUnknownOneIsNamed() {
    CliRun alreadyOn =
        plan(CLEAR, "--answers", "-", "--json", "--seed", "5", "--enable", "wall-slide");
    CliRun plain = plan(CLEAR, "--answers", "-", "--json", "--seed", "5");
    CliRun unknown = plan(CLEAR, "--answers", "-", "--enable", "no-such");

    assertThat(alreadyOn.exitCode()).as(alreadyOn.err()).isZero();
    assertThat(alreadyOn.out()).isEqualTo(plain.out());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--enable: no technique with id \"no-such\"");
  }

  @Test
  void answersThatAreNotUtf8AreRejectedAndNothingIsPlanned() throws Exception {
    Path broken = folder.resolve("broken.json");
    java.nio.file.Files.write(broken, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

    CliRun run = plan("", "--answers", broken.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("(document)").contains("UTF-8");
    assertThat(run.out()).doesNotContain("routine");
  }

  @Test
  void anUrgentPlanSaysHowUrgentInWordsAndJson() {
    String chestPain = CLEAR.replace("\"chestPain\":false", "\"chestPain\":true");

    CliRun text = plan(chestPain, "--answers", "-");
    CliRun json = plan(chestPain, "--answers", "-", "--json");

    assertThat(text.out())
        .contains("Verdict: Get medical help. Call emergency services on 112 now.");
    assertThat(json.out()).contains("\"urgency\": \"EMERGENCY\"");
  }

  @Test
  void printsRoutineTimelineAndLeftOutAsJson() {
    CliRun run = plan(CLEAR, "--answers", "-", "--minutes", "4", "--place", "desk", "--json");

    assertThat(run.exitCode()).isZero();
    Map<String, Object> plan = json(run);
    assertThat(plan.keySet())
        .containsExactly("verdict", "reasons", "routine", "timeline", "leftOut");
    assertThat(plan.get("verdict")).isEqualTo("CLEAR");
    @SuppressWarnings("unchecked")
    Map<String, Object> routine = (Map<String, Object>) plan.get("routine");
    int total = ((Number) routine.get("totalSeconds")).intValue();
    assertThat(total).isLessThanOrEqualTo(4 * 60);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps = (List<Map<String, Object>>) routine.get("steps");
    assertThat(steps.get(0).keySet())
        .containsExactly("techniqueId", "name", "tags", "holdSeconds", "reps", "sides");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> timeline = (List<Map<String, Object>>) plan.get("timeline");
    assertThat(timeline.get(0).keySet())
        .containsExactly("kind", "label", "seconds", "techniqueId", "side", "rep");
    assertThat(timeline.stream().mapToInt(s -> ((Number) s.get("seconds")).intValue()).sum())
        .isEqualTo(total);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> leftOut = (List<Map<String, Object>>) plan.get("leftOut");
    assertThat(leftOut)
        .allSatisfy(entry -> assertThat(entry).containsKeys("techniqueId", "reason"));
  }

  @Test
  void namesTheScreeningFilterThatLeftATechniqueOut() {
    CliRun run = plan(NO_FLOOR, "--answers", "-", "--minutes", "10", "--json");

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> leftOut = (List<Map<String, Object>>) json(run).get("leftOut");
    assertThat(leftOut).contains(Map.of("techniqueId", "bridge", "reason", "F2"));
  }

  @Test
  void seeProfessionalAnswersWithNullRoutineAndTimelineAndExitsZero() {
    CliRun run = plan(SEVERE, "--answers", "-", "--json");

    assertThat(run.exitCode()).isZero();
    Map<String, Object> plan = json(run);
    assertThat(plan.get("verdict")).isEqualTo("SEE_PROFESSIONAL");
    assertThat(plan).containsEntry("routine", null).containsEntry("timeline", null);
    assertThat(run.out()).contains("\"rule\": \"S3\"");
  }

  @Test
  void printsAReadableRoutineWithItsTotalTime() {
    CliRun run = plan(CLEAR, "--answers", "-", "--minutes", "5", "--place", "desk");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Verdict: Self-care is fine")
        .containsPattern("Your routine, [0-5]:\\d\\d in all:")
        .contains("Left out today:")
        .contains("Bridge: cannot be done where you are")
        .doesNotContain("(place)")
        .doesNotContain("crack-not-wanted")
        .doesNotContain("filter F");
  }

  @Test
  void rejectsInvalidAnswersWithExitTwoAndTheFieldNamed() {
    CliRun run = plan(CLEAR.replace("\"painScore\":2", "\"painScore\":11"), "--answers", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("symptoms.painScore");
    assertThat(run.out()).doesNotContain("routine");
  }

  @Test
  void rejectsMinutesOutsideOneToSixty() {
    CliRun run = plan(CLEAR, "--answers", "-", "--minutes", "61");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--minutes must be from 1 to 60, found 61");
  }

  @Test
  void rejectsAnUnknownPlaceFocusOrEquipment() {
    assertThat(plan(CLEAR, "--answers", "-", "--place", "garden").err())
        .contains("--place: unknown value \"garden\"");
    assertThat(plan(CLEAR, "--answers", "-", "--focus", "neck").err())
        .contains("--focus: unknown value \"neck\"");
    assertThat(plan(CLEAR, "--answers", "-", "--equipment", "rope").err())
        .contains("--equipment: unknown value \"rope\"");
  }

  @Test
  void withoutAnswersOrATerminalItExplainsHowToScreen() {
    CliRun run = plan("");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no answers given and no screening today");
  }

  @Test
  void sameSeedSameRoutine() {
    CliRun first = plan(CLEAR, "--answers", "-", "--seed", "42", "--json");
    CliRun second = plan(CLEAR, "--answers", "-", "--seed", "42", "--json");

    assertThat(second.out()).isEqualTo(first.out());
  }
}
