package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.PainFlagKind;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.FieldError;
import dev.limber.json.Json;
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
 * Graded pain never costs safety (spec/screening.md rev. 3): adding a stop or a session after the
 * journal's entries never lowers the verdict; a mild stop on its own never makes it
 * SEE_PROFESSIONAL; and every open mild stop is either answered or still asks its follow-up.
 */
class GradedPainProperties {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ScreeningService SERVICE =
      new ScreeningService(new Screener(RuleBook.bundled(), Catalog.bundled()), CLOCK);

  /** Answers today (the previous score given, so S11 reads the person's words) and a journal. */
  record Case(Map<String, Object> answers, List<Consumer<InMemoryJournal>> entries) {
    InMemoryJournal journal() {
      InMemoryJournal kept = new InMemoryJournal();
      entries.forEach(entry -> entry.accept(kept));
      return kept;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(18, 80),
            Arbitraries.of(true, false),
            entry().list().ofMaxSize(5))
        .as(
            (pain, previous, age, settled, entries) ->
                new Case(answers(pain, previous, age, settled), entries));
  }

  /** Check-ins, finished sessions, graded stops and answered follow-ups, up to 30 days back. */
  private static Arbitrary<Consumer<InMemoryJournal>> entry() {
    Arbitrary<Integer> minutesAgo = Arbitraries.integers().between(120, 30 * 24 * 60);
    Arbitrary<Integer> score = Arbitraries.integers().between(0, 10);
    return Arbitraries.oneOf(
        Combinators.combine(minutesAgo, score, Arbitraries.of(true, false))
            .as(
                (minutes, pain, cracked) ->
                    journal -> journal.add(new CheckIn(ago(minutes), pain, cracked, null))),
        Combinators.combine(minutesAgo, score, score)
            .as(
                (minutes, before, after) ->
                    journal -> journal.add(finished(ago(minutes), before, after))),
        Combinators.combine(minutesAgo, stop())
            .as((minutes, stop) -> journal -> journal.add(stop.apply(ago(minutes)))),
        Combinators.combine(minutesAgo, Arbitraries.of(true, false))
            .as((minutes, settled) -> journal -> journal.add(answered(ago(minutes), settled))));
  }

  /** A session with one graded stop at a stretch or a self-crack, ended there or gone on after. */
  private static Arbitrary<java.util.function.Function<Instant, SessionRecord>> stop() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(0, 10),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(false, false, true),
            Arbitraries.of(true, false))
        .as(
            (before, pain, easing, sharp, crack, goOn) ->
                started -> graded(started, before, pain, easing, sharp, crack, goOn));
  }

  @Property(tries = 400)
  void addingAStopOrASessionAfterTheJournalNeverLowersTheVerdict(
      @ForAll("cases") Case person,
      @ForAll("newest") java.util.function.Function<Instant, SessionRecord> added) {
    Verdict before = verdict(person.answers(), person.journal());
    InMemoryJournal after = person.journal();
    after.add(added.apply(NOW.minusSeconds(120)));

    assertThat(verdict(person.answers(), after)).isGreaterThanOrEqualTo(before);
  }

  @Provide
  Arbitrary<java.util.function.Function<Instant, SessionRecord>> newest() {
    Arbitrary<Integer> score = Arbitraries.integers().between(1, 10);
    return Arbitraries.oneOf(
        stop(),
        Combinators.combine(score, score)
            .as((before, after) -> started -> finished(started, before, after)));
  }

  @Property(tries = 400)
  void aMildStopOnItsOwnNeverMakesTheVerdictSeeProfessional(
      @ForAll("cases") Case person,
      @ForAll("risesUnderTwo") int rise,
      @ForAll("startingScores") int start) {
    // On its own: the follow-up says the back settled ("not settled" is a flag of its own, §2.1).
    Map<String, Object> answers = copy(person.answers());
    @SuppressWarnings("unchecked")
    Map<String, Object> history = (Map<String, Object>) answers.get("history");
    history.put("lastPainStopSettled", true);
    Verdict before = verdict(answers, new InMemoryJournal());
    InMemoryJournal after = new InMemoryJournal();
    after.add(
        graded(NOW.minusSeconds(600), start, Math.min(6, start + rise), true, false, false, false));

    Verdict verdict = verdict(answers, after);

    if (before.compareTo(Verdict.SEE_PROFESSIONAL) < 0) {
      assertThat(verdict).isLessThan(Verdict.SEE_PROFESSIONAL);
    }
  }

  @Provide
  Arbitrary<Integer> risesUnderTwo() {
    return Arbitraries.integers().between(-3, 1);
  }

  @Provide
  Arbitrary<Integer> startingScores() {
    return Arbitraries.integers().between(1, 6);
  }

  @Property(tries = 400)
  void everyOpenMildStopIsAnsweredOrStillAsks(@ForAll("cases") Case person) {
    InMemoryJournal journal = person.journal();
    Person owner = Person.withJournal(journal);
    boolean openMildStop =
        SERVICE.safetyHistory(owner).openFlags().stream()
            .anyMatch(flag -> flag.kind() == PainFlagKind.PAIN_NOTED);
    Map<String, Object> unanswered = copy(person.answers());
    @SuppressWarnings("unchecked")
    Map<String, Object> history = (Map<String, Object>) unanswered.get("history");
    history.remove("lastPainStopSettled");

    ScreeningOutcome withoutAnswer = SERVICE.screen(owner, (Object) unanswered, Set.of());

    assertThat(SERVICE.followUp(owner).isPresent()).isEqualTo(openMildStop);
    if (openMildStop) {
      assertThat(withoutAnswer.screened()).isEmpty();
      assertThat(withoutAnswer.rejection().orElseThrow().errors())
          .extracting(FieldError::field)
          .contains("history.lastPainStopSettled");
      SERVICE.screen(owner, (Object) copy(person.answers()), Set.of());
      assertThat(SERVICE.followUp(owner)).isEmpty();
    } else {
      assertThat(withoutAnswer.screened()).isPresent();
    }
  }

  private static Verdict verdict(Map<String, Object> answers, InMemoryJournal journal) {
    return SERVICE
        .screen(Person.withJournal(journal), (Object) copy(answers), Set.of())
        .screened()
        .orElseThrow()
        .result()
        .verdict();
  }

  private static Instant ago(int minutes) {
    return NOW.minusSeconds(60L * minutes);
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

  private static SessionRecord graded(
      Instant started,
      int before,
      int pain,
      boolean easing,
      boolean sharp,
      boolean crack,
      boolean goOn) {
    String technique = crack ? "standing-lean-back" : "wall-slide";
    PainStop stop = new PainStop(0, technique, Math.max(0, pain), crack, easing, sharp);
    boolean wentOn = goOn && stop.mildAgainst(before);
    return new SessionRecord(
        started,
        started.plusSeconds(60),
        List.of(new StepDose(technique, 10, 1, 1), new StepDose("doorway-chest-stretch", 10, 1, 1)),
        List.of(
            new SegmentRecord(
                crack ? SegmentKind.CRACK_ATTEMPT : SegmentKind.HOLD,
                technique,
                null,
                1,
                10,
                Outcome.SKIPPED),
            new SegmentRecord(
                SegmentKind.HOLD,
                "doorway-chest-stretch",
                null,
                1,
                10,
                wentOn ? Outcome.DONE : Outcome.NOT_REACHED)),
        before,
        wentOn ? null : stop.painScore(),
        List.of(stop),
        0,
        wentOn ? Ending.FINISHED : Ending.STOPPED_FOR_PAIN);
  }

  private static ScreeningRecord answered(Instant at, boolean settled) {
    Map<String, Object> answers = answers(2, 2, 40, settled);
    return new ScreeningRecord(at, answers, Verdict.CLEAR, List.of());
  }

  private static Map<String, Object> answers(int pain, int previous, int age, boolean settled) {
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
    history.put("recentTrauma", "NONE");
    history.put("firstEpisode", false);
    history.put("previousPainScore", BigInteger.valueOf(previous));
    history.put("canGetDownToFloor", true);
    history.put("canLieFlatWithoutBackDiscomfort", true);
    history.put("canReachMidBack", true);
    history.put("lastPainStopSettled", settled);
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("conditions", new ArrayList<>());
    answers.put("symptoms", symptoms);
    answers.put("history", history);
    return answers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> copy(Map<String, Object> answers) {
    return (Map<String, Object>) Json.parse(Json.write(answers));
  }
}
