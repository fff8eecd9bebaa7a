package dev.limber.app;

import dev.limber.journal.Journal;
import java.util.Optional;

/**
 * Whom a request is for: a person with a journal (the command line's own, or a signed-in
 * account's), or someone anonymous whose screening reads and keeps nothing. {@code
 * joinedToClinician} is set only by {@link ProgramService} for a linked person's program session,
 * where rule P1 applies to the screening.
 */
public record Person(Optional<Journal> journal, boolean joinedToClinician) {
  public static final Person ANONYMOUS = new Person(Optional.empty());

  public Person {
    if (journal == null) {
      throw new IllegalArgumentException("journal must be given or empty, not null");
    }
    if (joinedToClinician && journal.isEmpty()) {
      throw new IllegalArgumentException("only a person with a journal can join a clinician");
    }
  }

  public Person(Optional<Journal> journal) {
    this(journal, false);
  }

  public static Person withJournal(Journal journal) {
    if (journal == null) {
      throw new IllegalArgumentException("journal is required");
    }
    return new Person(Optional.of(journal));
  }

  /** The same person screened as joined to a clinician (rule P1). */
  Person joined() {
    return new Person(journal, true);
  }

  /** The journal; throws for an anonymous person (a face must require sign-in first). */
  public Journal requireJournal() {
    return journal.orElseThrow(() -> new IllegalStateException("this needs a journal"));
  }
}
