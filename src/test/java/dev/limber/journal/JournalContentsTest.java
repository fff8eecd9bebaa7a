package dev.limber.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JournalContentsTest {
  private static List<CheckIn> checkIns(int count) {
    List<CheckIn> checkIns = new ArrayList<>(count);
    Instant start = Instant.parse("2020-01-01T00:00:00Z");
    for (int index = 0; index < count; index++) {
      checkIns.add(new CheckIn(start.plusSeconds(index), index % 11, false, null));
    }
    return checkIns;
  }

  @Test
  void withoutKeepsOnlyTheEntriesNotAlreadyHeld() {
    JournalContents kept = new JournalContents(checkIns(3), List.of(), List.of());
    JournalContents incoming = new JournalContents(checkIns(5), List.of(), List.of());

    JournalContents added = incoming.without(kept);

    assertThat(added.checkIns()).containsExactlyElementsOf(checkIns(5).subList(3, 5));
  }

  /** Re-importing a large journal found each duplicate by a list scan: quadratic, minutes long. */
  @Test
  @Timeout(20)
  void reimportingTwoHundredThousandEntriesFindsEveryDuplicateInLinearTime() {
    JournalContents journal = new JournalContents(checkIns(200_000), List.of(), List.of());

    JournalContents added = journal.without(journal);

    assertThat(added.isEmpty()).isTrue();
  }
}
