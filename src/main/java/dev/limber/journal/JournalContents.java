package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.util.List;

/** Everything one journal holds, each list oldest first: what export writes and import reads. */
public record JournalContents(
    List<CheckIn> checkIns, List<SessionRecord> sessions, List<ScreeningRecord> screenings) {
  public static final JournalContents EMPTY = new JournalContents(List.of(), List.of(), List.of());

  public JournalContents {
    checkIns = List.copyOf(checkIns);
    sessions = List.copyOf(sessions);
    screenings = List.copyOf(screenings);
  }

  public int size() {
    return checkIns.size() + sessions.size() + screenings.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The entries of this that {@code kept} does not already hold (equal entries count once). */
  public JournalContents without(JournalContents kept) {
    return new JournalContents(
        checkIns.stream().filter(entry -> !kept.checkIns.contains(entry)).toList(),
        sessions.stream().filter(entry -> !kept.sessions.contains(entry)).toList(),
        screenings.stream().filter(entry -> !kept.screenings.contains(entry)).toList());
  }
}
