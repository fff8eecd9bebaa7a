package dev.limber.planning;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.DoseKind;
import dev.limber.catalog.Region;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.screening.ScreeningResult;
import dev.limber.screening.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns a screening result and preferences into a routine: only techniques the screening allows
 * that suit the place and what is at hand there, the upper and mid back first (lower-back stretches
 * with {@code focus} LOWER_BACK or as filler), ordered by position so the floor comes once, at most
 * one self-crack technique and last after a stretch, doses from the catalog, never over the
 * minutes, and the same routine for the same seed. Stateless and thread-safe.
 */
public final class Planner {
  /** How much a dose grows in one step while time remains. */
  private static final int HOLD_STEP_SECONDS = 5;

  private final Catalog catalog;

  public Planner(Catalog catalog) {
    this.catalog = catalog;
  }

  public Plan plan(PlanRequest request) {
    ScreeningResult screening = request.screening();
    Preferences preferences = request.preferences();
    if (!screening.verdict().allowsSession()) {
      return new Plan(
          screening.verdict(),
          screening.urgency(),
          screening.reasons(),
          null,
          List.of(),
          screening.advisories(),
          List.of(),
          screening.emergencyNotice());
    }
    Map<String, LeftOut> leftOut = new LinkedHashMap<>();
    List<Technique> warmUps = new ArrayList<>();
    List<Technique> selfCracks = new ArrayList<>();
    Set<String> allowed = new HashSet<>();
    screening.techniques().forEach(technique -> allowed.add(technique.id()));
    boolean crackAllowed =
        SelfCrackRules.allowedBy(screening.verdict()) && !request.history().selfCrackUsedToday();
    for (Technique technique : catalog.techniques()) {
      String reason = exclusion(technique, allowed, request, crackAllowed);
      if (reason != null) {
        leftOut.put(technique.id(), leftOut(technique, reason));
      } else if (technique.isSelfCrack()) {
        selfCracks.add(technique);
      } else {
        warmUps.add(technique);
      }
    }
    Random random = new Random(preferences.seed());
    List<Technique> rankedWarmUps = rank(warmUps, preferences, request.history(), random);
    List<Technique> rankedCracks = rank(selfCracks, preferences, request.history(), random);

    int budget = preferences.minutes() * 60;
    int used = Pacing.routineSeconds(0);
    RoutineStep crack = null;
    Technique warmUp = null;
    if (!rankedCracks.isEmpty()) {
      crack = RoutineStep.smallest(rankedCracks.get(0));
      for (Technique other : rankedCracks.subList(1, rankedCracks.size())) {
        leftOut.put(other.id(), leftOut(other, "one-crack"));
      }
      // F8: a stretch comes before any self-crack, so the best-ranked stretch is chosen first.
      warmUp = rankedWarmUps.stream().filter(SelfCrackRules::warmsUp).findFirst().orElse(null);
      String dropped = null;
      if (warmUp == null) {
        dropped = "warm-up";
      } else if (used + RoutineStep.smallest(warmUp).seconds() + crack.seconds() > budget) {
        dropped = "time";
        warmUp = null;
      }
      if (dropped != null) {
        leftOut.put(crack.techniqueId(), leftOut(crack.technique(), dropped));
        crack = null;
      }
    }
    // The focus (by default the upper and mid back) fills the routine first; lower-back stretches
    // come in only when --focus asks for them or as filler once the rest is at its fullest dose.
    List<Technique> first = new ArrayList<>();
    List<Technique> fillers = new ArrayList<>();
    if (warmUp != null) {
      first.add(warmUp);
    }
    for (Technique technique : rankedWarmUps) {
      if (technique != warmUp) {
        (isFiller(technique, preferences.focus()) ? fillers : first).add(technique);
      }
    }
    int reserved = crack == null ? 0 : crack.seconds();
    List<RoutineStep> chosen = new ArrayList<>();
    used += choose(first, chosen, budget - used - reserved, leftOut, request.history());
    used += grow(chosen, budget - used - reserved);
    int fillersAdded = chosen.size();
    used += choose(fillers, chosen, budget - used - reserved, leftOut, request.history());
    if (chosen.size() > fillersAdded) {
      used += grow(chosen, budget - used - reserved);
    }
    used += reserved;
    if (chosen.isEmpty()) {
      return new Plan(
          screening.verdict(),
          screening.reasons(),
          null,
          ordered(leftOut),
          withNothingFitsAdvice(screening.advisories()),
          catalog.guidanceFor(false),
          screening.emergencyNotice());
    }
    List<RoutineStep> steps = new ArrayList<>(chosen);
    // Stable: within one position the ranking's order stays.
    steps.sort(Comparator.comparingInt(step -> position(step.technique())));
    if (crack != null) {
      steps.add(crack);
    }
    Routine routine = new Routine(steps);
    return new Plan(
        screening.verdict(),
        screening.reasons(),
        routine,
        ordered(leftOut),
        screening.advisories(),
        catalog.guidanceFor(routine.holdsSelfCrack()),
        screening.emergencyNotice());
  }

  private static String exclusion(
      Technique technique, Set<String> allowed, PlanRequest request, boolean crackAllowed) {
    Preferences preferences = request.preferences();
    if (!allowed.contains(technique.id())) {
      String given = request.screeningExclusions().get(technique.id());
      return given != null ? given : provenFilter(technique, request.screening().verdict());
    }
    if (technique.isSelfCrack() && !crackAllowed) {
      return "X6";
    }
    if (technique.isSelfCrack() && !preferences.crackWanted()) {
      return "crack-not-wanted";
    }
    if (!technique.settings().contains(preferences.place())) {
      return "place";
    }
    if (!technique.canBeDoneWith(preferences.atHand())) {
      return "equipment";
    }
    if (!technique.enabledByDefault() && !preferences.enabledOnRequest().contains(technique.id())) {
      return "default-off";
    }
    return null;
  }

  /**
   * The filter the verdict alone proves (F1: self-crack without CLEAR; F5: challenging without
   * CLEAR), otherwise {@code screening}: telling the capability filters apart needs the answers.
   */
  private static String provenFilter(Technique technique, Verdict verdict) {
    if (SelfCrackRules.droppedByVerdict(technique, verdict)) {
      return "F1";
    }
    if (technique.has(Tag.CHALLENGING) && verdict != Verdict.CLEAR) {
      return "F5";
    }
    return "screening";
  }

  /**
   * Focus first, then the least done recently, with ties broken by the seed: the shuffle happens
   * before a stable sort so a seed always gives the same order.
   */
  private static List<Technique> rank(
      List<Technique> techniques, Preferences preferences, RecentHistory history, Random random) {
    List<Technique> ranked = new ArrayList<>(techniques);
    Collections.shuffle(ranked, random);
    Region focus = preferences.focus();
    ranked.sort(
        Comparator.comparingInt(
                (Technique technique) ->
                    isFiller(technique, focus)
                        ? 2
                        : focus == null || technique.region() == focus ? 0 : 1)
            .thenComparingInt(technique -> history.timesDone(technique.id())));
    return ranked;
  }

  /**
   * Adds the smallest dose of each candidate that still fits the spare seconds, in order; the rest
   * are left out for time (or for variety when done lately). Answers the seconds added.
   */
  private static int choose(
      List<Technique> candidates,
      List<RoutineStep> chosen,
      int spareSeconds,
      Map<String, LeftOut> leftOut,
      RecentHistory history) {
    int added = 0;
    for (Technique technique : candidates) {
      RoutineStep step = RoutineStep.smallest(technique);
      if (added + step.seconds() <= spareSeconds) {
        chosen.add(step);
        added += step.seconds();
      } else {
        String reason = history.timesDone(technique.id()) > 0 ? "variety" : "time";
        leftOut.put(technique.id(), leftOut(technique, reason));
      }
    }
    return added;
  }

  /** A lower-back technique when the focus is not the lower back: it only fills spare time. */
  static boolean isFiller(Technique technique, Region focus) {
    return technique.region() == Region.LOWER_BACK && focus != Region.LOWER_BACK;
  }

  /**
   * Where the body is, from standing to lying face down; every floor position ranks after every
   * other, so a routine sorted by it goes down to the floor at most once: standing, seated or on a
   * chair, on a bed, then kneeling or sitting on the floor, lying, prone.
   */
  static int position(Technique technique) {
    boolean floor =
        technique.has(Tag.FLOOR) || technique.has(Tag.KNEELING) || technique.has(Tag.PRONE);
    if (technique.has(Tag.PRONE)) {
      return 6;
    }
    if (technique.has(Tag.LYING)) {
      return floor ? 5 : 3;
    }
    if (floor) {
      return 4;
    }
    if (technique.has(Tag.STANDING)) {
      return 0;
    }
    if (technique.has(Tag.BED)) {
      return 2;
    }
    return 1;
  }

  /** Spends spare seconds on longer holds, then more repetitions, step by step in turn. */
  private static int grow(List<RoutineStep> steps, int spareSeconds) {
    int spent = 0;
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int index = 0; index < steps.size(); index++) {
        RoutineStep step = steps.get(index);
        RoutineStep larger = larger(step);
        if (larger != null && larger.seconds() - step.seconds() <= spareSeconds - spent) {
          spent += larger.seconds() - step.seconds();
          steps.set(index, larger);
          grew = true;
        }
      }
    }
    return spent;
  }

  /** The next dose up within the catalog's range, or null at the top. */
  private static RoutineStep larger(RoutineStep step) {
    var dose = step.technique().dose();
    DoseKind kind = dose.kind();
    if (kind == DoseKind.HOLD && step.holdSeconds() < dose.holdSeconds().max()) {
      int hold = Math.min(dose.holdSeconds().max(), step.holdSeconds() + HOLD_STEP_SECONDS);
      return new RoutineStep(step.technique(), hold, step.reps(), step.sides());
    }
    if (kind == DoseKind.CONTINUOUS && step.holdSeconds() < dose.durationSeconds().max()) {
      int duration =
          Math.min(dose.durationSeconds().max(), step.holdSeconds() + 2 * HOLD_STEP_SECONDS);
      return new RoutineStep(step.technique(), duration, 1, step.sides());
    }
    if ((kind == DoseKind.HOLD || kind == DoseKind.REPETITIONS)
        && step.reps() < dose.reps().max()) {
      return new RoutineStep(step.technique(), step.holdSeconds(), step.reps() + 1, step.sides());
    }
    return null;
  }

  private static LeftOut leftOut(Technique technique, String reason) {
    String detail = LeftOut.REASONS.get(reason);
    if (detail == null) {
      detail = LeftOut.FILTER_WORDS.getOrDefault(reason, "today's screening leaves it out");
    }
    return new LeftOut(technique.id(), reason, detail, technique.name());
  }

  /** In catalog order, so the list reads the same whatever the ranking did. */
  private List<LeftOut> ordered(Map<String, LeftOut> leftOut) {
    List<LeftOut> inCatalogOrder = new ArrayList<>();
    for (Technique technique : catalog.techniques()) {
      LeftOut entry = leftOut.get(technique.id());
      if (entry != null) {
        inCatalogOrder.add(entry);
      }
    }
    return inCatalogOrder;
  }

  private static List<String> withNothingFitsAdvice(List<String> advisories) {
    List<String> advice = new ArrayList<>(advisories);
    // F9: never substitute an excluded technique; say so and point to a professional instead.
    advice.add(
        "Nothing in the catalog suits today's answers, place, equipment and time. Try another place"
            + " or more minutes, or ask a physiotherapist for exercises that suit you.");
    return advice;
  }
}
