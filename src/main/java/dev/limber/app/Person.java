package dev.limber.app;

import dev.limber.journal.Journal;
import java.util.Optional;

/**
 * Whom a request is for: a person with a journal (the command line's own, or a signed-in
 * account's), or someone anonymous whose screening reads and keeps nothing.
 */
public record Person(Optional<Journal> journal) {
  public static final Person ANONYMOUS = new Person(Optional.empty());

  public Person {
    if (journal == null) {
      throw new IllegalArgumentException("journal must be given or empty, not null");
    }
  }

  public static Person withJournal(Journal journal) {
    if (journal == null) {
      throw new IllegalArgumentException("journal is required");
    }
    return new Person(Optional.of(journal));
  }

  /** The journal; throws for an anonymous person (a face must require sign-in first). */
  public Journal requireJournal() {
    return journal.orElseThrow(() -> new IllegalStateException("this needs a journal"));
  }
}
