package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.session.Ending;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryJournalTest {
  private static SessionRecord sessionAt(String started) {
    Instant start = Instant.parse(started);
    return new SessionRecord(
        start, start.plusSeconds(60), List.of(), List.of(), null, null, List.of(), 0, Ending.QUIT);
  }

  @Test
  void answersSessionsStartedInTheHalfOpenRangeOldestFirst() {
    Journal journal = new InMemoryJournal();
    journal.add(sessionAt("2026-03-03T09:00:00Z"));
    journal.add(sessionAt("2026-03-01T09:00:00Z"));
    journal.add(sessionAt("2026-03-02T00:00:00Z"));
    journal.add(sessionAt("2026-03-04T00:00:00Z"));

    List<SessionRecord> found =
        journal.sessions(
            Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));

    assertThat(found)
        .extracting(session -> session.started().toString())
        .containsExactly("2026-03-02T00:00:00Z", "2026-03-03T09:00:00Z");
  }

  @Test
  void anEmptyJournalAnswersNoSessions() {
    assertThat(new InMemoryJournal().sessions(Instant.EPOCH, Instant.MAX)).isEmpty();
  }
}
