package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.screening.Condition;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Screener;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.StepDose;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The journal only ever makes a screening more cautious (spec/screening.md §2.1): whatever the
 * answers and the journal, adding an entry that opens a pain flag, a condition, a red flag or a
 * knock never lowers the verdict, and recording a review never lifts a U rule, S1–S3, S7, S8 or
 * S10.
 */
class ScreeningServiceProperties {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ScreeningService SERVICE =
      new ScreeningService(new Screener(RuleBook.bundled(), Catalog.bundled()), CLOCK);
  private static final Set<String> NEVER_LIFTED =
      Set.of(
          "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10", "U11", "U12", "U13", "S1",
          "S2", "S3", "S7", "S8", "S10");

  /** A person's situation: answers today and a journal built from entries. */
  record Case(Map<String, Object> answers, List<Consumer<InMemoryJournal>> entries) {
    /** A fresh journal holding the entries: screening keeps a record, so each use builds anew. */
    InMemoryJournal journal() {
      InMemoryJournal kept = new InMemoryJournal();
      entries.forEach(entry -> entry.accept(kept));
      return kept;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> pain = Arbitraries.integers().between(0, 10);
    Arbitrary<Integer> age = Arbitraries.integers().between(16, 90);
    Arbitrary<List<Condition>> conditions =
        Arbitraries.of(Condition.class).list().ofMaxSize(2).uniqueElements();
    Arbitrary<String> trauma = Arbitraries.of("NONE", "NONE", "NONE", "MINOR");
    Arbitrary<Boolean> review = Arbitraries.of(false, false, true);
    Arbitrary<List<Consumer<InMemoryJournal>>> entries = entry().list().ofMaxSize(4);
    return Combinators.combine(pain, age, conditions, trauma, review, entries)
        .as(
            (score, years, codes, knock, reviewed, journal) ->
                new Case(answers(score, years, codes, knock, reviewed), journal));
  }

  private static Arbitrary<Consumer<InMemoryJournal>> entry() {
    Arbitrary<Integer> daysAgo = Arbitraries.integers().between(0, 120);
    return Arbitraries.oneOf(
        Combinators.combine(
                daysAgo, Arbitraries.integers().between(0, 10), Arbitraries.of(true, false))
            .as(
                (days, score, cracked) ->
                    journal -> journal.add(new CheckIn(at(days), score, cracked, null))),
        Combinators.combine(
                daysAgo,
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 10))
            .as((days, before, after) -> journal -> journal.add(finished(at(days), before, after))),
        daysAgo.map(days -> journal -> journal.add(review(days))));
  }

  @Property(tries = 300)
  void aFlagOpeningSessionNeverLowersTheVerdict(
      @ForAll("cases") Case person, @ForAll("flagOpeners") Consumer<InMemoryJournal> opener) {
    Verdict before = verdict(person.answers(), person.journal());
    InMemoryJournal after = person.journal();
    opener.accept(after);

    assertThat(verdict(person.answers(), after)).isGreaterThanOrEqualTo(before);
  }

  @Provide
  Arbitrary<Consumer<InMemoryJournal>> flagOpeners() {
    Arbitrary<Integer> daysAgo = Arbitraries.integers().between(0, 60);
    // A session whose pain rose brings a starting score, which is the baseline the check-ins after
    // it are measured against (a review may already have closed its own flag): it is added as the
    // newest entry, as a session is kept. Sessions without a starting score go anywhere in time.
    return Arbitraries.oneOf(
        daysAgo.map(days -> journal -> journal.add(stopped(at(days), false))),
        daysAgo.map(days -> journal -> journal.add(stopped(at(days), true))),
        Arbitraries.just(journal -> journal.add(finished(NOW.minusSeconds(60), 1, 5))));
  }

  @Property(tries = 300)
  void aConditionRedFlagOrKnockNeverLowersTheVerdict(
      @ForAll("cases") Case person,
      @ForAll("additions") java.util.function.UnaryOperator<Map<String, Object>> addition) {
    Verdict before = verdict(person.answers(), person.journal());

    Verdict after = verdict(addition.apply(copy(person.answers())), person.journal());

    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Provide
  Arbitrary<java.util.function.UnaryOperator<Map<String, Object>>> additions() {
    return Arbitraries.oneOf(
        Arbitraries.of(Condition.class)
            .map(
                condition ->
                    answers -> {
                      @SuppressWarnings("unchecked")
                      List<Object> codes =
                          new ArrayList<>((List<Object>) answers.get("conditions"));
                      if (!codes.contains(condition.name())) {
                        codes.add(condition.name());
                      }
                      answers.put("conditions", codes);
                      return answers;
                    }),
        Arbitraries.of(
                "bladderOrBowelChange",
                "chestPain",
                "fever",
                "unexplainedWeightLoss",
                "swelling",
                "nightPainOrUnrelievedByRest",
                "painWorseWithCoughSneeze")
            .map(flag -> answers -> section(answers, "symptoms", flag, true)),
        Arbitraries.of("MINOR", "MAJOR")
            .map(
                level ->
                    answers ->
                        "MAJOR".equals(level)
                                || "NONE".equals(section(answers, "history").get("recentTrauma"))
                            ? section(answers, "history", "recentTrauma", level)
                            : answers));
  }

  @Property(tries = 300)
  void aReviewNeverLiftsTheRulesNoAssessmentAnswers(@ForAll("cases") Case person) {
    List<String> before = rules(person.answers(), person.journal());
    InMemoryJournal reviewed = person.journal();
    reviewed.add(review(0));

    List<String> after = rules(person.answers(), reviewed);

    assertThat(after).containsAll(before.stream().filter(NEVER_LIFTED::contains).toList());
  }

  private static Verdict verdict(Map<String, Object> answers, InMemoryJournal journal) {
    return SERVICE
        .screen(Person.withJournal(journal), (Object) copy(answers), Set.of())
        .screened()
        .orElseThrow()
        .result()
        .verdict();
  }

  private static List<String> rules(Map<String, Object> answers, InMemoryJournal journal) {
    return SERVICE
        .screen(Person.withJournal(journal), (Object) copy(answers), Set.of())
        .screened()
        .orElseThrow()
        .result()
        .ruleIds();
  }

  private static Instant at(int daysAgo) {
    return NOW.minusSeconds(86_400L * daysAgo + 3_600);
  }

  private static Review review(int daysAgo) {
    return new Review(
        LocalDate.ofInstant(at(daysAgo), ZoneOffset.UTC),
        Reviewer.DOCTOR,
        null,
        at(daysAgo).plusSeconds(1_800));
  }

  private static SessionRecord finished(Instant started, int before, int after) {
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose("wall-slide", 10, 1, 1)),
        List.of(new SegmentRecord(SegmentKind.HOLD, "wall-slide", null, 1, 10, Outcome.DONE)),
        before,
        after,
        List.of(),
        0,
        Ending.FINISHED);
  }

  private static SessionRecord stopped(Instant started, boolean duringCrack) {
    String technique = duringCrack ? "standing-lean-back" : "wall-slide";
    return new SessionRecord(
        started,
        started.plusSeconds(20),
        List.of(new StepDose(technique, 10, 1, 1)),
        List.of(
            new SegmentRecord(
                duringCrack ? SegmentKind.CRACK_ATTEMPT : SegmentKind.HOLD,
                technique,
                null,
                1,
                10,
                Outcome.SKIPPED)),
        null,
        4,
        new PainStop(0, technique, 4, duringCrack),
        0,
        Ending.STOPPED_FOR_PAIN);
  }

  private static Map<String, Object> answers(
      int pain, int age, List<Condition> conditions, String trauma, boolean reviewed) {
    Map<String, Object> symptoms = new LinkedHashMap<>();
    symptoms.put("painScore", BigInteger.valueOf(pain));
    symptoms.put("painDurationWeeks", BigInteger.ONE);
    symptoms.put("numbness", new ArrayList<>());
    symptoms.put("weakness", new ArrayList<>());
    for (String flag :
        List.of(
            "bladderOrBowelChange",
            "chestPain",
            "fever",
            "unexplainedWeightLoss",
            "swelling",
            "nightPainOrUnrelievedByRest",
            "painWorseWithCoughSneeze")) {
      symptoms.put(flag, false);
    }
    Map<String, Object> history = new LinkedHashMap<>();
    history.put("ageYears", BigInteger.valueOf(age));
    history.put("recentTrauma", trauma);
    history.put("firstEpisode", false);
    history.put("canGetDownToFloor", true);
    history.put("canLieFlatWithoutBackDiscomfort", true);
    history.put("canReachMidBack", true);
    if (reviewed) {
      history.put("professionalReview", "EXERCISE_ADVISED");
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("conditions", new ArrayList<>(conditions.stream().map(Enum::name).toList()));
    answers.put("symptoms", symptoms);
    answers.put("history", history);
    return answers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> answers) {
    return (Map<String, Object>) dev.limber.json.Json.parse(dev.limber.json.Json.write(answers));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> answers, String name) {
    return (Map<String, Object>) answers.get(name);
  }

  private static Map<String, Object> section(
      Map<String, Object> answers, String name, String field, Object value) {
    Map<String, Object> section = new LinkedHashMap<>(section(answers, name));
    section.put(field, value);
    answers.put(name, section);
    return answers;
  }
}
