package dev.limber.session;

import dev.limber.planning.RecentHistory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sessions from the journal's last few days, read for what the planner needs to know. */
public record RecentSessions(List<SessionRecord> sessions) {
  public RecentSessions {
    sessions = List.copyOf(sessions);
  }

  /**
   * True when the latest session was stopped for pain during a stretch: the next screening must
   * then set painDuringStretching (spec/screening.md §7, S6).
   */
  public boolean painDuringStretching() {
    return latest().map(SessionRecord::painDuringStretching).orElse(false);
  }

  /** True when the latest session was stopped for pain during a self-crack technique (S5). */
  public boolean painDuringCracking() {
    return latest().map(SessionRecord::painDuringCracking).orElse(false);
  }

  private java.util.Optional<SessionRecord> latest() {
    return sessions.stream().max(java.util.Comparator.comparing(SessionRecord::started));
  }

  /**
   * Whether a session since {@code startOfToday} used today's self-crack session (X6), and how many
   * times each technique was played (a technique counts when any of its segments was done).
   */
  public RecentHistory history(Instant startOfToday) {
    boolean usedToday =
        sessions.stream()
            .anyMatch(
                session -> !session.started().isBefore(startOfToday) && session.usedSelfCrack());
    Map<String, Integer> timesDone = new HashMap<>();
    for (SessionRecord session : sessions) {
      session.segments().stream()
          .filter(segment -> segment.outcome() == Outcome.DONE && segment.techniqueId() != null)
          .filter(segment -> segment.kind() != SegmentKind.GET_READY)
          .map(SegmentRecord::techniqueId)
          .distinct()
          .forEach(id -> timesDone.merge(id, 1, Integer::sum));
    }
    return new RecentHistory(usedToday, timesDone);
  }
}
