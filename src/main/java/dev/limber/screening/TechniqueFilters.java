package dev.limber.screening;

import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tests of filters F1–F10 (spec/screening.md §5), in order. F8 (stretches before self-crack)
 * and F9 (nothing left: advise a physiotherapist) shape the result instead of excluding anything.
 */
final class TechniqueFilters {
  private static final Filter.Test EXCLUDES_NOTHING = (technique, answers, verdict) -> false;

  private TechniqueFilters() {}

  static Map<String, Filter.Test> tests(Policy policy) {
    Map<String, Filter.Test> tests = new LinkedHashMap<>();
    tests.put(
        "F1",
        (technique, answers, verdict) ->
            verdict == Verdict.STRETCH_ONLY && technique.has(Tag.SELF_CRACK));
    tests.put(
        "F2",
        (technique, answers, verdict) ->
            !answers.history().canGetDownToFloor()
                && hasAny(technique, Tag.FLOOR, Tag.KNEELING, Tag.PRONE));
    tests.put(
        "F3",
        (technique, answers, verdict) ->
            !answers.history().canLieFlatWithoutBackDiscomfort()
                && hasAny(technique, Tag.LYING, Tag.PRONE));
    tests.put(
        "F4",
        (technique, answers, verdict) ->
            !answers.history().canReachMidBack() && technique.has(Tag.REQUIRES_MIDBACK_REACH));
    tests.put(
        "F5",
        (technique, answers, verdict) ->
            verdict != Verdict.CLEAR && technique.has(Tag.CHALLENGING));
    tests.put(
        "F6",
        (technique, answers, verdict) ->
            (answers.has(Condition.OSTEOPENIA) || policy.isOlderAge(answers.history().ageYears()))
                && hasAny(technique, Tag.MOMENTUM, Tag.LOADED_FLEXION, Tag.FLEXION_ROTATION));
    tests.put(
        "F7",
        (technique, answers, verdict) ->
            policy.isModeratePain(answers.symptoms().painScore())
                && hasAny(technique, Tag.CHALLENGING, Tag.MOMENTUM));
    tests.put("F8", EXCLUDES_NOTHING);
    tests.put("F9", EXCLUDES_NOTHING);
    tests.put(
        "F10",
        (technique, answers, verdict) ->
            answers.history().painNotes().heldUntil(technique.id()).isPresent());
    return tests;
  }

  private static boolean hasAny(Technique technique, Tag... tags) {
    for (Tag tag : tags) {
      if (technique.has(tag)) {
        return true;
      }
    }
    return false;
  }
}
