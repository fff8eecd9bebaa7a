package dev.limber.screening;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid answers for property tests, skewed towards the healthy side so that every verdict, CLEAR
 * included, turns up often.
 */
final class AnswersArbitraries {
  private AnswersArbitraries() {}

  static Arbitrary<Answers> answers() {
    return Combinators.combine(conditions(), symptoms(), history()).as(Answers::new);
  }

  static Arbitrary<Set<Condition>> conditions() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.just(Set.<Condition>of())),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(Condition.class).set().ofMinSize(1).ofMaxSize(3)));
  }

  static Arbitrary<Boolean> rarely() {
    return Arbitraries.frequency(
        net.jqwik.api.Tuple.of(30, false), net.jqwik.api.Tuple.of(1, true));
  }

  static Arbitrary<Symptoms> symptoms() {
    Arbitrary<Integer> pain =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(0, 3)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(4, 6)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 10)));
    Arbitrary<BigDecimal> weeks =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                6, Arbitraries.integers().between(0, 3).map(BigDecimal::valueOf)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.integers().between(0, 8).map(BigDecimal::valueOf)),
            net.jqwik.api.Tuple.of(
                1,
                Arbitraries.bigDecimals()
                    .between(BigDecimal.ZERO, Symptoms.MAX_DURATION_WEEKS)
                    .ofScale(2)));
    Arbitrary<Set<Numbness>> numbness =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(15, Arbitraries.just(Set.<Numbness>of())),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(Numbness.class).set().ofMaxSize(2)));
    Arbitrary<Set<Weakness>> weakness =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.just(Set.<Weakness>of())),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(Weakness.class).set().ofMaxSize(2)));
    Arbitrary<List<Boolean>> flags = rarely().list().ofSize(7);
    Arbitrary<Optional<StartBack>> startBack =
        Combinators.combine(
                Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true))
                    .list()
                    .ofSize(StartBack.ITEMS),
                Arbitraries.of(Bothersomeness.class))
            .as(StartBack::new)
            .optional(0.3);
    return Combinators.combine(
            pain, weeks, Arbitraries.of(true, false), numbness, weakness, flags, startBack)
        .as(
            (score, duration, giveDurationWhenStiff, numb, weak, flag, tool) ->
                new Symptoms(
                    score,
                    score > 0 || giveDurationWhenStiff ? Optional.of(duration) : Optional.empty(),
                    numb,
                    weak,
                    flag.get(0),
                    flag.get(1),
                    flag.get(2),
                    flag.get(3),
                    flag.get(4),
                    flag.get(5),
                    flag.get(6),
                    tool));
  }

  static Arbitrary<History> history() {
    Arbitrary<Integer> age =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(20, 50)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 120)));
    Arbitrary<Trauma> trauma =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(30, Trauma.NONE),
            net.jqwik.api.Tuple.of(1, Trauma.MINOR),
            net.jqwik.api.Tuple.of(1, Trauma.MAJOR));
    Arbitrary<Integer> sessions =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 3)),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.integers().between(0, History.MAX_CRACK_SESSIONS_TODAY)));
    Arbitrary<Integer> days =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 3)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, History.DAYS_PER_WEEK)));
    Arbitrary<List<Boolean>> rareFlags =
        Arbitraries.frequency(net.jqwik.api.Tuple.of(12, false), net.jqwik.api.Tuple.of(1, true))
            .list()
            .ofSize(4);
    Arbitrary<Optional<Integer>> previous = Arbitraries.integers().between(0, 10).optional(0.3);
    Arbitrary<List<Boolean>> capabilities = Arbitraries.of(true, false).list().ofSize(3);
    Arbitrary<ProfessionalReview> review =
        Arbitraries.frequency(
            net.jqwik.api.Tuple.of(5, ProfessionalReview.NONE),
            net.jqwik.api.Tuple.of(1, ProfessionalReview.EXERCISE_ADVISED));
    return Combinators.combine(
            age, trauma, sessions, days, rareFlags, previous, capabilities, review)
        .as(
            (years, knock, today, perWeek, flag, before, can, reviewed) ->
                new History(
                    years,
                    knock,
                    flag.get(0),
                    today,
                    perWeek,
                    flag.get(1),
                    flag.get(2),
                    flag.get(3),
                    before,
                    can.get(0),
                    can.get(1),
                    can.get(2),
                    reviewed));
  }

  static <E extends Enum<E>> Set<E> plus(Set<E> values, E extra, Class<E> type) {
    EnumSet<E> more = EnumSet.noneOf(type);
    more.addAll(values);
    more.add(extra);
    return more;
  }
}
