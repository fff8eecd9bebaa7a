package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.util.List;

/** Everything one journal holds, each list oldest first: what export writes and import reads. */
public record JournalContents(
    List<CheckIn> checkIns,
    List<SessionRecord> sessions,
    List<ScreeningRecord> screenings,
    List<Review> reviews) {
  public static final JournalContents EMPTY =
      new JournalContents(List.of(), List.of(), List.of(), List.of());

  public JournalContents {
    checkIns = List.copyOf(checkIns);
    sessions = List.copyOf(sessions);
    screenings = List.copyOf(screenings);
    reviews = List.copyOf(reviews);
  }

  /** Contents without professional reviews (as in a version 1 export). */
  public JournalContents(
      List<CheckIn> checkIns, List<SessionRecord> sessions, List<ScreeningRecord> screenings) {
    this(checkIns, sessions, screenings, List.of());
  }

  public int size() {
    return checkIns.size() + sessions.size() + screenings.size() + reviews.size();
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /** The entries of this that {@code kept} does not already hold (equal entries count once). */
  public JournalContents without(JournalContents kept) {
    return new JournalContents(
        checkIns.stream().filter(entry -> !kept.checkIns.contains(entry)).toList(),
        sessions.stream().filter(entry -> !kept.sessions.contains(entry)).toList(),
        screenings.stream().filter(entry -> !kept.screenings.contains(entry)).toList(),
        reviews.stream().filter(entry -> !kept.reviews.contains(entry)).toList());
  }
}
