package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

  /**
   * The entries of this that {@code kept} does not already hold, each once however often it comes
   * (equal entries count once), found by hashing, so it takes time in proportion to the entries,
   * not their square.
   */
  public JournalContents without(JournalContents kept) {
    Set<CheckIn> keptCheckIns = new HashSet<>(kept.checkIns);
    Set<SessionRecord> keptSessions = new HashSet<>(kept.sessions);
    Set<ScreeningRecord> keptScreenings = new HashSet<>(kept.screenings);
    Set<Review> keptReviews = new HashSet<>(kept.reviews);
    return new JournalContents(
        checkIns.stream().filter(entry -> !keptCheckIns.contains(entry)).distinct().toList(),
        sessions.stream().filter(entry -> !keptSessions.contains(entry)).distinct().toList(),
        screenings.stream().filter(entry -> !keptScreenings.contains(entry)).distinct().toList(),
        reviews.stream().filter(entry -> !keptReviews.contains(entry)).distinct().toList());
  }
}
