package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of spec/screening.md that must hold for every valid (or invalid) document. */
class ScreeningProperties {
  private static final Screener SCREENER = Screener.bundled();
  private static final List<String> CATALOG_IDS =
      Catalog.bundled().techniques().stream().map(Technique::id).toList();

  record Addition(String name, UnaryOperator<Answers> apply) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Provide
  Arbitrary<Answers> answers() {
    return AnswersArbitraries.answers();
  }

  @Provide
  Arbitrary<Addition> additions() {
    List<Addition> additions = new ArrayList<>();
    for (Condition condition : Condition.values()) {
      additions.add(
          new Addition(
              "condition " + condition,
              a ->
                  new Answers(
                      AnswersArbitraries.plus(a.conditions(), condition, Condition.class),
                      a.symptoms(),
                      a.history())));
    }
    for (Numbness numbness : Numbness.values()) {
      additions.add(
          new Addition(
              "numbness " + numbness,
              a ->
                  new Answers(
                      a.conditions(),
                      withNumbness(
                          a.symptoms(),
                          AnswersArbitraries.plus(
                              a.symptoms().numbness(), numbness, Numbness.class)),
                      a.history())));
    }
    for (Weakness weakness : Weakness.values()) {
      additions.add(
          new Addition(
              "weakness " + weakness,
              a ->
                  new Answers(
                      a.conditions(),
                      withWeakness(
                          a.symptoms(),
                          AnswersArbitraries.plus(
                              a.symptoms().weakness(), weakness, Weakness.class)),
                      a.history())));
    }
    for (int flag = 0; flag < 7; flag++) {
      int index = flag;
      additions.add(
          new Addition(
              "symptom flag " + index,
              a -> new Answers(a.conditions(), withFlag(a.symptoms(), index), a.history())));
    }
    return Arbitraries.of(additions);
  }

  @Property(tries = 2000)
  void addingAConditionOrSymptomNeverMakesTheVerdictLessSevere(
      @ForAll("answers") Answers answers, @ForAll("additions") Addition addition) {
    Verdict before = SCREENER.screen(answers).verdict();

    Verdict after = SCREENER.screen(addition.apply().apply(answers)).verdict();

    assertThat(after.compareTo(before)).as(addition.name()).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 2000)
  void addingAConditionOrSymptomNeverDropsARuleThatFired(
      @ForAll("answers") Answers answers, @ForAll("additions") Addition addition) {
    List<String> before = SCREENER.screen(answers).ruleIds();

    List<String> after = SCREENER.screen(addition.apply().apply(answers)).ruleIds();

    List<String> kept = new ArrayList<>(before);
    if (addition.name().startsWith("weakness")) {
      // S7 is numbness in one arm without weakness; with weakness U4 or U13 takes its place.
      kept.remove("S7");
      assertThat(after).containsAnyOf("U4", "U13");
    }
    assertThat(after).containsAll(kept);
  }

  @Property(tries = 2000)
  void noSelfCrackTechniqueUnlessClear(@ForAll("answers") Answers answers) {
    ScreeningResult result = SCREENER.screen(answers);
    Statistics.label("verdict").collect(result.verdict());
    Statistics.label("offers a self-crack")
        .collect(result.techniques().stream().anyMatch(Technique::isSelfCrack));

    if (result.verdict() != Verdict.CLEAR) {
      assertThat(result.techniques()).noneMatch(Technique::isSelfCrack);
    }
    // The generator must reach every verdict, or this property would pass vacuously.
    Statistics.label("verdict")
        .coverage(
            coverage -> {
              for (Verdict verdict : Verdict.values()) {
                coverage.check(verdict).percentage(percent -> percent > 3.0);
              }
            });
    Statistics.label("offers a self-crack")
        .coverage(coverage -> coverage.check(true).percentage(percent -> percent > 1.0));
  }

  @Property(tries = 2000)
  void seeProfessionalAndUrgentNeverListTechniques(@ForAll("answers") Answers answers) {
    ScreeningResult result = SCREENER.screen(answers);

    if (!result.verdict().allowsSession()) {
      assertThat(result.techniques()).isEmpty();
      assertThat(result.reasons()).isNotEmpty();
    }
  }

  @Property(tries = 3000)
  void everyFilterHoldsForEveryResult(@ForAll("answers") Answers answers) {
    ScreeningResult result = SCREENER.screen(answers);
    History history = answers.history();
    int pain = answers.symptoms().painScore();

    for (Technique technique : result.techniques()) {
      if (result.verdict() == Verdict.STRETCH_ONLY) {
        assertThat(technique.has(Tag.SELF_CRACK)).as("F1 " + technique.id()).isFalse();
      }
      if (!history.canGetDownToFloor()) {
        assertThat(hasAny(technique, Tag.FLOOR, Tag.KNEELING, Tag.PRONE))
            .as("F2 " + technique.id())
            .isFalse();
      }
      if (!history.canLieFlatWithoutBackDiscomfort()) {
        assertThat(hasAny(technique, Tag.LYING, Tag.PRONE)).as("F3 " + technique.id()).isFalse();
      }
      if (!history.canReachMidBack()) {
        assertThat(technique.has(Tag.REQUIRES_MIDBACK_REACH)).as("F4 " + technique.id()).isFalse();
      }
      if (result.verdict() != Verdict.CLEAR) {
        assertThat(technique.has(Tag.CHALLENGING)).as("F5 " + technique.id()).isFalse();
      }
      if (answers.has(Condition.OSTEOPENIA)) {
        assertThat(hasAny(technique, Tag.MOMENTUM, Tag.LOADED_FLEXION))
            .as("F6 " + technique.id())
            .isFalse();
      }
      if (pain >= 4 && pain <= 6) {
        assertThat(hasAny(technique, Tag.CHALLENGING, Tag.MOMENTUM))
            .as("F7 " + technique.id())
            .isFalse();
      }
    }
  }

  @Property(tries = 2000)
  void allowedTechniquesComeFromTheCatalogOnceEachWithStretchesFirst(
      @ForAll("answers") Answers answers) {
    Screening screening = SCREENER.assess(answers);
    List<Technique> techniques = screening.result().techniques();

    assertThat(techniques).extracting(Technique::id).doesNotHaveDuplicates();
    assertThat(CATALOG_IDS).containsAll(techniques.stream().map(Technique::id).toList());
    boolean crackSeen = false;
    for (Technique technique : techniques) {
      crackSeen |= technique.isSelfCrack();
      assertThat(crackSeen && !technique.isSelfCrack()).as("F8 order").isFalse();
    }
    assertThat(
            screening.decisions().stream()
                .filter(TechniqueDecision::allowed)
                .filter(decision -> decision.technique().enabledByDefault())
                .count())
        .isEqualTo(techniques.size());
    if (screening.result().verdict().allowsSession() && techniques.isEmpty()) {
      assertThat(screening.result().advisories()).contains(SCREENER.ruleBook().nothingLeft());
    }
  }

  @Property(tries = 1000)
  void everyResultCarriesTheEmergencyNoticeAndCrackingAdviceOnlyWhereCrackingIsInQuestion(
      @ForAll("answers") Answers answers) {
    ScreeningResult result = SCREENER.screen(answers);

    assertThat(result.emergencyNotice()).isEqualTo(EmergencyNotice.text());
    if (result.verdict() == Verdict.STRETCH_ONLY
        || result.techniques().stream().anyMatch(technique -> technique.isSelfCrack())) {
      assertThat(result.advisories()).contains(SCREENER.ruleBook().physiotherapistFirst());
    } else {
      assertThat(result.advisories()).doesNotContain(SCREENER.ruleBook().physiotherapistFirst());
    }
  }

  @Property(tries = 1000)
  void answersSurviveAJsonRoundTrip(@ForAll("answers") Answers answers) {
    AnswersReading reading = AnswersReader.parse(Json.write(answers));

    assertThat(reading.requireAnswers()).isEqualTo(answers);
  }

  @Property(tries = 3000)
  void invalidDocumentsAreAlwaysRejectedNamingTheField(
      @ForAll("answers") Answers answers, @ForAll @IntRange(min = 0, max = 27) int breakage) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) Json.parse(Json.write(answers));
    String field = breakDocument(tree, breakage, answers);

    AnswersReading reading = AnswersReader.read(tree);

    assertThat(reading.isValid()).as("broke " + field).isFalse();
    assertThat(reading.rejection().orElseThrow().errors())
        .extracting(FieldError::field)
        .anyMatch(path -> path.startsWith(field));
  }

  /** Breaks one thing in a valid document and answers the field path the error must name. */
  @SuppressWarnings("unchecked")
  private static String breakDocument(Map<String, Object> tree, int breakage, Answers answers) {
    Map<String, Object> symptoms = (Map<String, Object>) tree.get("symptoms");
    Map<String, Object> history = (Map<String, Object>) tree.get("history");
    switch (breakage) {
      case 0 -> tree.put("notes", "hello");
      case 1 -> symptoms.put("chest_pain", true);
      case 2 -> history.put("heightCm", BigInteger.valueOf(180));
      case 3 -> symptoms.put("painScore", "7");
      case 4 -> symptoms.put("painScore", new BigDecimal("5.5"));
      case 5 -> symptoms.put("painScore", BigInteger.valueOf(11));
      case 6 -> symptoms.put("painScore", BigInteger.valueOf(-1));
      case 7 -> history.put("ageYears", BigInteger.valueOf(121));
      case 8 -> history.put("crackingDaysPerWeek", BigInteger.valueOf(8));
      case 9 -> history.put("crackSessionsToday", BigInteger.valueOf(101));
      case 10 -> history.put("previousPainScore", BigInteger.valueOf(11));
      case 11 -> symptoms.put("painDurationWeeks", new BigDecimal("5200.01"));
      case 12 -> symptoms.put("fever", "yes");
      case 13 -> history.put("canReachMidBack", BigInteger.ONE);
      case 14 -> ((List<Object>) tree.get("conditions")).add("NECK_PAIN");
      case 15 -> history.put("recentTrauma", "SEVERE");
      case 16 -> ((List<Object>) symptoms.get("numbness")).add("HAND");
      case 17 -> tree.remove("conditions");
      case 18 -> tree.remove("symptoms");
      case 19 -> tree.remove("history");
      case 20 -> symptoms.remove("painScore");
      case 21 -> history.remove("ageYears");
      case 22 -> {
        symptoms.put("painScore", BigInteger.valueOf(Math.max(1, answers.symptoms().painScore())));
        symptoms.remove("painDurationWeeks");
        return "symptoms.painDurationWeeks";
      }
      case 23 ->
          symptoms.put(
              "startBack", Map.of("answers", List.of(true, false), "bothersomeness", "SLIGHTLY"));
      case 24 -> symptoms.put("weakness", null);
      case 25 -> symptoms.put("numbness", "SADDLE");
      case 26 -> tree.put("conditions", List.of("OSTEOPOROSIS", "OSTEOPOROSIS"));
      default -> history.put("firstEpisode", null);
    }
    return switch (breakage) {
      case 0 -> "notes";
      case 1 -> "symptoms.chest_pain";
      case 2 -> "history.heightCm";
      case 3, 4, 5, 6, 20 -> "symptoms.painScore";
      case 7, 21 -> "history.ageYears";
      case 8 -> "history.crackingDaysPerWeek";
      case 9 -> "history.crackSessionsToday";
      case 10 -> "history.previousPainScore";
      case 11 -> "symptoms.painDurationWeeks";
      case 12 -> "symptoms.fever";
      case 13 -> "history.canReachMidBack";
      case 14, 17, 26 -> "conditions";
      case 15 -> "history.recentTrauma";
      case 16 -> "symptoms.numbness";
      case 18 -> "symptoms";
      case 19 -> "history";
      case 23 -> "symptoms.startBack.answers";
      case 24 -> "symptoms.weakness";
      case 25 -> "symptoms.numbness";
      default -> "history.firstEpisode";
    };
  }

  private static boolean hasAny(Technique technique, Tag... tags) {
    for (Tag tag : tags) {
      if (technique.has(tag)) {
        return true;
      }
    }
    return false;
  }

  private static Symptoms withNumbness(Symptoms s, Set<Numbness> numbness) {
    return new Symptoms(
        s.painScore(),
        s.painDurationWeeks(),
        numbness,
        s.weakness(),
        s.bladderOrBowelChange(),
        s.chestPain(),
        s.fever(),
        s.unexplainedWeightLoss(),
        s.swelling(),
        s.nightPainOrUnrelievedByRest(),
        s.painWorseWithCoughSneeze(),
        s.startBack());
  }

  private static Symptoms withWeakness(Symptoms s, Set<Weakness> weakness) {
    return new Symptoms(
        s.painScore(),
        s.painDurationWeeks(),
        s.numbness(),
        weakness,
        s.bladderOrBowelChange(),
        s.chestPain(),
        s.fever(),
        s.unexplainedWeightLoss(),
        s.swelling(),
        s.nightPainOrUnrelievedByRest(),
        s.painWorseWithCoughSneeze(),
        s.startBack());
  }

  private static Symptoms withFlag(Symptoms s, int flag) {
    return new Symptoms(
        s.painScore(),
        s.painDurationWeeks(),
        s.numbness(),
        s.weakness(),
        s.bladderOrBowelChange() || flag == 0,
        s.chestPain() || flag == 1,
        s.fever() || flag == 2,
        s.unexplainedWeightLoss() || flag == 3,
        s.swelling() || flag == 4,
        s.nightPainOrUnrelievedByRest() || flag == 5,
        s.painWorseWithCoughSneeze() || flag == 6,
        s.startBack());
  }
}
