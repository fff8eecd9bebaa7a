package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TechniquesCommandTest {

  @Test
  void printsAReadableTableOfEveryTechnique() {
    CliRun run = CliRun.of("techniques");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("ID")
        .contains("chair-back-extension")
        .contains("19 techniques");
  }

  @Test
  void printsFullTechniqueObjectsAsJson() {
    CliRun run = CliRun.of("techniques", "--json");

    List<?> techniques = (List<?>) Json.parse(run.out());
    assertThat(techniques).hasSize(19);
    Map<String, Object> first = asObject(techniques.get(0));
    assertThat(new java.util.ArrayList<>(first.keySet()))
        .contains(
            "id",
            "name",
            "aliases",
            "summary",
            "tags",
            "region",
            "equipment",
            "settings",
            "laterality",
            "dose",
            "steps",
            "cues",
            "stopRules",
            "cautions",
            "preconditions",
            "difficulty",
            "sources",
            "curationNotes",
            "illustration");
  }

  @Test
  void holdDosesUseTheContractShape() {
    CliRun run = CliRun.of("technique", "wall-slide", "--json");

    Map<?, ?> dose = (Map<?, ?>) ((Map<?, ?>) Json.parse(run.out())).get("dose");
    assertThat(Json.write(dose.get("holdSeconds"))).isEqualTo("{\"min\":10,\"max\":10}");
    assertThat(Json.write(dose.get("reps"))).isEqualTo("{\"min\":3,\"max\":3}");
  }

  @Test
  void filtersByEveryGivenTag() {
    CliRun run = CliRun.of("techniques", "--tag", "STRETCH", "CHAIR", "--json");

    List<?> techniques = (List<?>) Json.parse(run.out());
    assertThat(techniques).isNotEmpty();
    assertThat(techniques)
        .allSatisfy(
            t ->
                assertThat(asObject(t).get("tags").toString())
                    .contains("STRETCH")
                    .contains("CHAIR"));
  }

  @Test
  void filtersByEquipmentAtHand() {
    CliRun run = CliRun.of("techniques", "--equipment", "NONE", "--json");

    List<?> techniques = (List<?>) Json.parse(run.out());
    assertThat(techniques).isNotEmpty();
    assertThat(techniques)
        .allSatisfy(t -> assertThat(asObject(t).get("equipment")).isEqualTo(List.of("NONE")));
  }

  @Test
  void rejectsAnUnknownTagWithExitTwo() {
    CliRun run = CliRun.of("techniques", "--tag", "NECK");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("--tag").contains("NECK");
  }

  @Test
  void showsOneTechniqueWithNumberedStepsAndSources() {
    CliRun run = CliRun.of("technique", "chair-back-extension");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("  1. ")
        .contains("Sources:")
        .contains("Physical-therapy web article: How To Crack Your Upper Back")
        .doesNotContain(".txt");
  }

  @Test
  void proseNamesNoSeedFileFilterIdOrSectionMarkButJsonKeepsTheFileName() {
    String technique = CliRun.of("technique", "chair-back-extension").out();
    String rules = CliRun.of("rules").out();

    assertThat(technique + rules).doesNotContain(".txt").doesNotContain("§");
    assertThat(technique).doesNotContain("Stop at once if:");
    assertThat(CliRun.of("technique", "chair-back-extension", "--json").out())
        .contains("002_d200e8d856df90ee.txt");
  }

  @Test
  void unknownIdExitsThreeAndSuggestsTheClosest() {
    CliRun run = CliRun.of("technique", "chair-extension");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).contains("\"chair-extension\"").contains("chair-back-extension");
  }

  static List<String> commands() {
    return dev.limber.Main.cli().commandNames();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandAnswersHelpAndVersion(String command) {
    CliRun help = CliRun.of(command, "--help");
    CliRun version = CliRun.of(command, "--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: limber " + command);
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("limber ");
  }

  @Test
  void unknownOptionExitsTwo() {
    CliRun run = CliRun.of("techniques", "--colour");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(run.err()).contains("unknown option --colour");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asObject(Object value) {
    return (Map<String, Object>) value;
  }
}
