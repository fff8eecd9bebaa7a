package dev.limber.program;

import dev.limber.journal.CheckIn;
import dev.limber.journal.PainFlag;
import dev.limber.journal.PainFlagKind;
import dev.limber.session.Ending;
import dev.limber.session.SessionRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Derives the alerts of one link from the journal since the person joined: a session stopped for
 * pain, a mild stop (low priority) and one that did not settle or came back, a WORSENING or
 * NEW_SYMPTOM pain flag, a pain score of {@value #HIGH_PAIN} or more, and no program session for
 * {@link #SILENCE} while one was due. Every session counts for the pain alerts; only the program's
 * own plays count against the silence, since a routine the person planned for themselves is not the
 * prescription. Those acknowledged are left out. Pure.
 */
public final class Alerts {
  public static final int HIGH_PAIN = 7;
  public static final Duration SILENCE = Duration.ofDays(7);

  private Alerts() {}

  /**
   * As {@link #raise(Instant, Instant, List, List, List, List, Set, ZoneId, Function)}, with days
   * in UTC and techniques named by their ids.
   */
  public static List<Alert> raise(
      Instant since,
      Instant now,
      List<SessionRecord> sessions,
      List<Instant> played,
      List<CheckIn> checkIns,
      List<PainFlag> flags,
      Set<String> acknowledged) {
    return raise(
        since,
        now,
        sessions,
        played,
        checkIns,
        flags,
        acknowledged,
        ZoneOffset.UTC,
        Function.identity());
  }

  /**
   * The unacknowledged alerts, normal priority first, each newest first; {@code played} holds the
   * starts of the sessions played from the program, {@code flags} every flag the journal opened
   * (closed or not, follow-up answers counted), days are in {@code zone}.
   */
  public static List<Alert> raise(
      Instant since,
      Instant now,
      List<SessionRecord> sessions,
      List<Instant> played,
      List<CheckIn> checkIns,
      List<PainFlag> flags,
      Set<String> acknowledged,
      ZoneId zone,
      Function<String, String> techniqueNames) {
    List<Alert> alerts = new ArrayList<>();
    List<SessionRecord> sinceJoining =
        sessions.stream().filter(session -> !session.started().isBefore(since)).toList();
    List<MildStops.Line> mildStops = MildStops.of(sinceJoining, flags);
    for (MildStops.Line stop : mildStops) {
      if (stop.settling() != MildStops.Settling.REPEATED) {
        alerts.add(
            new Alert(
                "PAIN_NOTED:" + stop.at(),
                AlertKind.PAIN_NOTED,
                stop.at(),
                stop.words(zone, techniqueNames)));
      }
      boolean endedHere =
          sinceJoining.stream()
              .anyMatch(
                  session ->
                      session.started().equals(stop.sessionStarted())
                          && session.stoppedForPain().isPresent()
                          && session.stoppedAt(session.stoppedForPain().get()).equals(stop.at()));
      if (stop.settling() == MildStops.Settling.NOT_SETTLED
          || (stop.settling() == MildStops.Settling.REPEATED && !endedHere)) {
        alerts.add(
            new Alert(
                "PAIN_NOT_SETTLED:" + stop.at(),
                AlertKind.PAIN_NOT_SETTLED,
                stop.known(),
                stop.words(zone, techniqueNames)));
      }
    }
    for (SessionRecord session : sinceJoining) {
      if (session.ending() == Ending.STOPPED_FOR_PAIN && !endedOnMildStop(session, mildStops)) {
        alerts.add(
            new Alert(
                "STOPPED_FOR_PAIN:" + session.started(),
                AlertKind.STOPPED_FOR_PAIN,
                session.ended(),
                "a session stopped because something hurt"));
      }
      Integer highest = max(session.painBefore(), session.painAfter());
      if (highest != null && highest >= HIGH_PAIN) {
        alerts.add(
            new Alert(
                "HIGH_PAIN:" + session.started(),
                AlertKind.HIGH_PAIN,
                session.ended(),
                "pain " + highest + " out of 10 in a session"));
      }
    }
    for (CheckIn checkIn : checkIns) {
      if (!checkIn.at().isBefore(since) && checkIn.pain() >= HIGH_PAIN) {
        alerts.add(
            new Alert(
                "HIGH_PAIN:" + checkIn.at(),
                AlertKind.HIGH_PAIN,
                checkIn.at(),
                "pain " + checkIn.pain() + " out of 10 at a check-in"));
      }
    }
    Set<String> worseningKeys = new HashSet<>();
    for (PainFlag flag : flags.stream().sorted(Comparator.comparing(PainFlag::openedAt)).toList()) {
      if (flag.openedAt().isBefore(since)) {
        continue;
      }
      if (flag.kind() == PainFlagKind.WORSENING) {
        // A session's first rise keeps the key it always had; each later rise over the same start
        // (a check-in) is an alert of its own, so acknowledging one never hides the next.
        String key = "WORSENING:" + flag.sessionStarted();
        if (!worseningKeys.add(key)) {
          key = key + "@" + flag.openedAt();
        }
        alerts.add(
            new Alert(
                key,
                AlertKind.WORSENING,
                flag.openedAt(),
                "pain rose 2 or more points above a session's start"));
      } else if (flag.kind() == PainFlagKind.NEW_SYMPTOM) {
        alerts.add(
            new Alert(
                "NEW_SYMPTOM:" + flag.sessionStarted(),
                AlertKind.NEW_SYMPTOM,
                flag.openedAt(),
                "a session ended for a new symptom"));
      }
    }
    Instant lastSession =
        played.stream()
            .filter(start -> !start.isBefore(since))
            .max(Comparator.naturalOrder())
            .orElse(since);
    if (Duration.between(lastSession, now).compareTo(SILENCE) >= 0) {
      alerts.add(
          new Alert(
              "NO_SESSION:" + lastSession,
              AlertKind.NO_SESSION,
              lastSession.plus(SILENCE),
              "no program session for 7 days or more while one was due"));
    }
    return alerts.stream()
        .filter(alert -> !acknowledged.contains(alert.key()))
        .sorted(Alert.BY_PRIORITY_THEN_NEWEST)
        .toList();
  }

  /** The stop that ended the session was mild, unrepeated: its low alert says it all. */
  private static boolean endedOnMildStop(SessionRecord session, List<MildStops.Line> mildStops) {
    Instant stoppedAt = session.stoppedAt(session.stoppedForPain().orElseThrow());
    return mildStops.stream()
        .anyMatch(
            stop ->
                stop.sessionStarted().equals(session.started())
                    && stop.at().equals(stoppedAt)
                    && stop.settling() != MildStops.Settling.REPEATED);
  }

  private static Integer max(Integer first, Integer second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : Math.max(first, second);
  }
}
