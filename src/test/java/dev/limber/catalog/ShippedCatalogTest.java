package dev.limber.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks the catalog shipped in the jar against spec/catalog.md, technique by technique. */
class ShippedCatalogTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private static final Set<String> SEEDS =
      Set.of("000_73dbd958f388e7a9.txt", "001_b4d023317583ddde.txt", "002_d200e8d856df90ee.txt");

  /** spec/catalog.md's table: id, seeds, tags, dose in the product. */
  static Stream<Arguments> spec() {
    return Stream.of(
        row(
            "foam-roller-upper-back",
            "000 001",
            "SELF_CRACK FLOOR LYING",
            Dose.crackAttempt(new Range(30, 60))),
        row("wall-slide", "000", "STRETCH STANDING", hold(10, 10, 3, 3)),
        row(
            "upper-back-self-massage",
            "000",
            "SELF_MASSAGE SEATED",
            Dose.continuous(new Range(60, 120))),
        row("chair-back-extension", "001 002", "SELF_CRACK CHAIR", null),
        row("standing-lean-back", "001", "SELF_CRACK STANDING REQUIRES_MIDBACK_REACH", null),
        row("exercise-ball-roll-out", "001", "STRETCH KNEELING FLOOR", hold(15, 30, 2, 4)),
        row("bed-edge-extension", "001", "STRETCH BED LYING LOADED_FLEXION", hold(10, 20, 2, 2)),
        row("rocking-knees-to-chest", "001 002", "STRETCH FLOOR LYING MOMENTUM", null),
        row("supine-knee-rotation", "001", "STRETCH FLOOR LYING TWIST", hold(10, 10, 2, 3)),
        row("clasped-hands-forward-reach", "001", "STRETCH SEATED STANDING", hold(15, 30, 2, 4)),
        row("armchair-twist", "002", "STRETCH CHAIR TWIST", hold(10, 30, 2, 2)),
        row(
            "seated-floor-rotation",
            "002",
            "STRETCH FLOOR TWIST FLEXION_ROTATION",
            hold(10, 30, 2, 2)),
        row("bridge", "002", "STRETCH FLOOR LYING CHALLENGING", hold(10, 30, 2, 2)),
        row("prone-forearm-extension", "002", "STRETCH FLOOR LYING PRONE", hold(30, 30, 2, 2)),
        row("single-knee-to-chest", "002", "STRETCH FLOOR LYING", hold(10, 30, 2, 2)),
        row("upward-stretch", "002", "STRETCH SEATED STANDING", hold(10, 20, 2, 3)),
        row(
            "supine-shoulder-blade-hug",
            "002",
            "STRETCH FLOOR LYING LOADED_FLEXION",
            hold(10, 10, 2, 3)),
        row("sideways-chair-twist", "002", "STRETCH CHAIR TWIST", hold(10, 30, 2, 2)),
        row("butterfly-elbows", "002", "STRETCH SEATED STANDING", hold(10, 10, 3, 3)));
  }

  private static Arguments row(String id, String seeds, String tags, Dose dose) {
    return Arguments.of(id, seeds, tags, dose);
  }

  private static Dose hold(int minSeconds, int maxSeconds, int minReps, int maxReps) {
    return Dose.hold(new Range(minSeconds, maxSeconds), new Range(minReps, maxReps));
  }

  @Test
  void holdsExactlyTheNineteenTechniquesOfTheSpecInOrder() {
    assertThat(CATALOG.techniques())
        .extracting(Technique::id)
        .containsExactlyElementsOf(spec().map(row -> (String) row.get()[0]).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spec")
  void matchesTheSpecTable(String id, String seeds, String tags, Dose dose) {
    Technique technique = CATALOG.require(id);

    assertThat(technique.tags()).isEqualTo(tagSet(tags));
    if (dose != null) {
      assertThat(technique.dose()).isEqualTo(dose);
    }
    Set<String> cited =
        technique.sources().stream().map(Source::document).collect(Collectors.toSet());
    for (String seed : seeds.split(" ")) {
      assertThat(cited).anyMatch(document -> document.startsWith(seed + "_"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spec")
  void everyTechniqueIsCompleteAndCitesASeed(String id) {
    Technique technique = CATALOG.require(id);

    assertThat(technique.name()).isNotBlank();
    assertThat(technique.summary()).isNotBlank();
    assertThat(technique.steps()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(technique.stopRules()).isNotEmpty();
    assertThat(technique.tags()).isNotEmpty();
    assertThat(technique.sources()).anyMatch(source -> SEEDS.contains(source.document()));
    assertThat(technique.dose().kind() == DoseKind.CRACK_ATTEMPT)
        .isEqualTo(technique.isSelfCrack());
    if (technique.dose().holdSeconds() != null) {
      assertThat(technique.dose().holdSeconds().min()).isGreaterThanOrEqualTo(10);
      assertThat(technique.dose().holdSeconds().max()).isLessThanOrEqualTo(Dose.MAX_HOLD_SECONDS);
    }
  }

  @Test
  void lowerBackTechniquesSayTheyAreForTheLowerBack() {
    assertThat(CATALOG.techniques())
        .filteredOn(technique -> technique.region() == Region.LOWER_BACK)
        .isNotEmpty()
        .allSatisfy(
            technique ->
                assertThat((technique.name() + " " + technique.summary()).toLowerCase())
                    .contains("lower back"));
  }

  @Test
  void oneSidedStretchesAreDoneOnEachSide() {
    assertThat(CATALOG.techniques())
        .filteredOn(technique -> technique.laterality() == Laterality.EACH_SIDE)
        .extracting(Technique::id)
        .contains(
            "supine-knee-rotation",
            "armchair-twist",
            "seated-floor-rotation",
            "single-knee-to-chest",
            "sideways-chair-twist");
  }

  @Test
  void recordsTheSeedErrorsItCorrects() {
    assertThat(CATALOG.require("upward-stretch").curationNotes())
        .anyMatch(note -> note.contains("minutes"));
    assertThat(CATALOG.require("prone-forearm-extension").curationNotes()).isNotEmpty();
    assertThat(CATALOG.require("chair-back-extension").curationNotes())
        .anyMatch(note -> note.toLowerCase().contains("neck"));
  }

  @Test
  void bedEdgeExtensionIsOffByDefault() {
    assertThat(CATALOG.require("bed-edge-extension").enabledByDefault()).isFalse();
    assertThat(CATALOG.techniques()).filteredOn(Technique::enabledByDefault).hasSize(18);
  }

  @Test
  void generalGuidanceCoversTheSeedsAdviceWithSources() {
    List<Guidance> guidance = CATALOG.generalGuidance();

    assertThat(guidance).hasSizeGreaterThanOrEqualTo(7);
    assertThat(guidance).allSatisfy(item -> assertThat(item.sources()).isNotEmpty());
  }

  @Test
  void everyPieceOfGuidanceThatSpeaksOfCrackingIsMarkedAsAboutSelfCracking() {
    List<Guidance> guidance = CATALOG.generalGuidance();

    assertThat(guidance)
        .filteredOn(item -> item.text().toLowerCase(Locale.ROOT).contains("crack"))
        .isNotEmpty()
        .allSatisfy(item -> assertThat(item.aboutSelfCracking()).as(item.text()).isTrue());
    assertThat(CATALOG.guidanceFor(false))
        .isNotEmpty()
        .noneMatch(Guidance::aboutSelfCracking)
        .allSatisfy(item -> assertThat(item.text()).doesNotContainIgnoringCase("crack"));
  }

  private static Set<Tag> tagSet(String tags) {
    Set<Tag> set = EnumSet.noneOf(Tag.class);
    for (String tag : tags.split(" ")) {
      set.add(Tag.valueOf(tag));
    }
    return set;
  }

  /** Jargon issue 23 found in people's words: "pops", "segments", rule ids, verdict codes. */
  private static final java.util.regex.Pattern JARGON =
      java.util.regex.Pattern.compile(
          "(?i)\\bpop(s|ped|ping)?\\b|\\bsegments?\\b|(?<![\\w-])\\[?[USXF]\\d{1,2}\\]?(?![\\w-])"
              + "|(?-i:\\b(CLEAR|STRETCH_ONLY|SEE_PROFESSIONAL|URGENT)\\b)");

  @Test
  void noTechniqueTellsAPersonAboutPopsSegmentsRuleIdsOrVerdictCodes() {
    for (Technique technique : CATALOG.techniques()) {
      List<String> words =
          Stream.of(
                  List.of(technique.name(), technique.summary()),
                  technique.aliases(),
                  technique.steps(),
                  technique.cues(),
                  technique.stopRules(),
                  technique.cautions(),
                  technique.preconditions())
              .flatMap(List::stream)
              .toList();

      assertThat(words).as(technique.id()).noneMatch(text -> JARGON.matcher(text).find());
    }
  }
}
