package dev.limber.journal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every owner's journal in one store: one owner's {@link Journal}, or many owners' contents read
 * together, as a clinician's desk needs them. Thread-safe when the journals are.
 */
@FunctionalInterface
public interface Journals {
  /** The owner's journal. */
  Journal of(String owner);

  /**
   * What each owner's journal holds, keyed by owner in the order given, each list oldest first as
   * {@link Journal#contents()} gives it; an owner with nothing kept gets {@link
   * JournalContents#EMPTY}. This reads each journal in turn; a store reads them all at once.
   */
  default Map<String, JournalContents> contents(Collection<String> owners) {
    Map<String, JournalContents> contents = new LinkedHashMap<>();
    for (String owner : owners) {
      contents.put(owner, of(owner).contents());
    }
    return contents;
  }
}
