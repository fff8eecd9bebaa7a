package dev.limber.journal;

import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A journal held in memory, for tests and for runs that keep nothing. Thread-safe. */
public final class InMemoryJournal implements Journal {
  private final List<SessionRecord> sessions = new ArrayList<>();
  private final List<CheckIn> checkIns = new ArrayList<>();
  private final List<ScreeningRecord> screenings = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private RoutineChoice routineChoice;

  @Override
  public synchronized void add(SessionRecord session) {
    if (session == null) {
      throw new IllegalArgumentException("session is required");
    }
    sessions.add(session);
  }

  @Override
  public synchronized List<SessionRecord> sessions(Instant from, Instant to) {
    return within(sessions, SessionRecord::started, from, to);
  }

  @Override
  public synchronized void add(CheckIn checkIn) {
    if (checkIn == null) {
      throw new IllegalArgumentException("checkIn is required");
    }
    checkIns.add(checkIn);
  }

  @Override
  public synchronized List<CheckIn> checkIns(Instant from, Instant to) {
    return within(checkIns, CheckIn::at, from, to);
  }

  @Override
  public synchronized void add(ScreeningRecord screening) {
    if (screening == null) {
      throw new IllegalArgumentException("screening is required");
    }
    screenings.add(screening);
  }

  @Override
  public synchronized List<ScreeningRecord> screenings(Instant from, Instant to) {
    return within(screenings, ScreeningRecord::at, from, to);
  }

  @Override
  public synchronized Optional<ScreeningRecord> latestScreening() {
    List<ScreeningRecord> all = screenings(Instant.MIN, Instant.MAX);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  @Override
  public synchronized void add(Review review) {
    if (review == null) {
      throw new IllegalArgumentException("review is required");
    }
    reviews.add(review);
  }

  @Override
  public synchronized List<Review> reviews() {
    return reviews.stream().sorted(Comparator.comparing(Review::recordedAt)).toList();
  }

  @Override
  public synchronized void keep(RoutineChoice choice) {
    if (choice == null) {
      throw new IllegalArgumentException("choice is required");
    }
    routineChoice = choice;
  }

  @Override
  public synchronized Optional<RoutineChoice> lastRoutineChoice() {
    return Optional.ofNullable(routineChoice);
  }

  @Override
  public synchronized void addAll(JournalContents contents) {
    checkIns.addAll(contents.checkIns());
    sessions.addAll(contents.sessions());
    screenings.addAll(contents.screenings());
    reviews.addAll(contents.reviews());
  }

  @Override
  public synchronized void forget() {
    checkIns.clear();
    sessions.clear();
    screenings.clear();
    reviews.clear();
    routineChoice = null;
  }

  // A stable sort: entries at the same moment keep the order they were added in.
  private static <T> List<T> within(
      List<T> entries, Function<T, Instant> moment, Instant from, Instant to) {
    return entries.stream()
        .filter(entry -> !moment.apply(entry).isBefore(from) && moment.apply(entry).isBefore(to))
        .sorted(Comparator.comparing(moment))
        .toList();
  }
}
