package dev.limber.app;

import dev.limber.journal.Journal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whom a request is for: a person with a journal (the command line's own, or a signed-in
 * account's), or someone anonymous whose screening reads and keeps nothing. Only the application
 * services reach the journal; a face holds a person and hands it to them. {@code joinedToClinician}
 * is set only by {@link ProgramDayService} for a linked person's program session, where rule P1
 * applies to the screening. {@code zone} is the time zone the person set, in which "today", a
 * flag's day and a review's date are read (spec/screening.md §2.2); empty means the clock's own
 * (the system's on the command line, the server's on the web).
 */
public final class Person {
  public static final Person ANONYMOUS = new Person(Optional.empty());

  private final Optional<Journal> journal;
  private final boolean joinedToClinician;
  private final Optional<ZoneId> zone;

  Person(Optional<Journal> journal, boolean joinedToClinician, Optional<ZoneId> zone) {
    if (journal == null || zone == null) {
      throw new IllegalArgumentException("journal and zone must be given or empty, not null");
    }
    if (joinedToClinician && journal.isEmpty()) {
      throw new IllegalArgumentException("only a person with a journal can join a clinician");
    }
    this.journal = journal;
    this.joinedToClinician = joinedToClinician;
    this.zone = zone;
  }

  Person(Optional<Journal> journal) {
    this(journal, false, Optional.empty());
  }

  Person(Optional<Journal> journal, boolean joinedToClinician) {
    this(journal, joinedToClinician, Optional.empty());
  }

  /** A person with a journal who set a time zone (or none: empty). */
  public static Person withJournal(Journal journal, Optional<ZoneId> zone) {
    if (journal == null) {
      throw new IllegalArgumentException("journal is required");
    }
    return new Person(Optional.of(journal), false, zone);
  }

  /** A person with a journal, reading "today" in the clock's own zone. */
  public static Person withJournal(Journal journal) {
    return withJournal(journal, Optional.empty());
  }

  public boolean joinedToClinician() {
    return joinedToClinician;
  }

  public Optional<ZoneId> zone() {
    return zone;
  }

  /** The clock in this person's zone: "today" is their day. */
  public Clock clockIn(Clock clock) {
    return zone.map(clock::withZone).orElse(clock);
  }

  /** The same person screened as joined to a clinician (rule P1). */
  Person joined() {
    return new Person(journal, true, zone);
  }

  Optional<Journal> journal() {
    return journal;
  }

  /** The journal; throws for an anonymous person (a face must require sign-in first). */
  Journal requireJournal() {
    return journal.orElseThrow(() -> new IllegalStateException("this needs a journal"));
  }
}
