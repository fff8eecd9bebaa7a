package dev.limber.session;

import java.util.ArrayList;
import java.util.List;

/**
 * How a stop for pain is graded (spec/screening.md §2.1, §7, rev. 3): mild, when the person may go
 * on without the technique, or not, with why in plain words. Every player asks this one place.
 */
public record StopGrade(boolean mild, List<String> whyNotMild) {
  public StopGrade {
    whyNotMild = List.copyOf(whyNotMild);
    if (mild != whyNotMild.isEmpty()) {
      throw new IllegalArgumentException("a stop is mild exactly when nothing says it is not");
    }
  }

  /**
   * Grades a stop: {@code earlierStop} when this session already stopped once, {@code
   * recentMildStop} when the journal holds a mild stop within the repeat window (then a second one
   * is pain that keeps coming back).
   */
  public static StopGrade of(
      PainStop stop, Integer painBefore, boolean earlierStop, boolean recentMildStop) {
    List<String> why = new ArrayList<>();
    if (stop.duringSelfCrack()) {
      why.add("it hurt during a self-crack");
    }
    if (painBefore == null) {
      why.add("there is no starting score to compare it with");
    } else if (stop.painScore() - painBefore >= SessionRecord.PAIN_RISE_POINTS) {
      why.add("it is 2 or more points above where you started");
    }
    if (stop.painScore() >= PainStop.SEVERE_PAIN) {
      why.add("it is 7 or more out of 10");
    }
    if (!stop.easing()) {
      why.add("it is not easing");
    }
    if (stop.sharpOrSpreading()) {
      why.add("it is sharp, shooting or spreading");
    }
    if (earlierStop) {
      why.add("something already hurt earlier in this session");
    }
    if (recentMildStop) {
      why.add("a stretch also hurt in the last two weeks");
    }
    if (stop.techniqueId() == null && why.isEmpty()) {
      why.add("it came at a pain check, not during a technique");
    }
    return new StopGrade(why.isEmpty(), why);
  }
}
