package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a clinician may read of a person's entries, by what the person consented to share. */
class ConsentTest {
  private static final Instant JOINED = Instant.parse("2026-11-16T09:00:00Z");
  private static final CheckIn CHECK_IN =
      new CheckIn(JOINED.plusSeconds(3600), 4, true, "sore after the long drive");
  private static final Review REVIEW =
      new Review(
          LocalDate.parse("2026-11-17"),
          Reviewer.PHYSIOTHERAPIST,
          "gentle extension is fine",
          JOINED.plusSeconds(7200));

  @Test
  void withoutSharedNotesACheckInKeepsItsPainAndCrackButLosesItsNote() {
    Consent consent = Consent.of(false, JOINED);

    CheckIn redacted = consent.redact(CHECK_IN);

    assertThat(redacted.note()).isNull();
    assertThat(redacted.at()).isEqualTo(CHECK_IN.at());
    assertThat(redacted.pain()).isEqualTo(4);
    assertThat(redacted.cracked()).isTrue();
  }

  @Test
  void withoutSharedNotesAReviewKeepsWhoAndWhenButLosesItsNote() {
    Consent consent = Consent.of(false, JOINED);

    Review redacted = consent.redact(REVIEW);

    assertThat(redacted.note()).isNull();
    assertThat(redacted.date()).isEqualTo(REVIEW.date());
    assertThat(redacted.by()).isEqualTo(Reviewer.PHYSIOTHERAPIST);
    assertThat(redacted.recordedAt()).isEqualTo(REVIEW.recordedAt());
  }

  @Test
  void withSharedNotesTheClinicianReadsEntriesAsTheyAre() {
    Consent consent = Consent.of(true, JOINED);

    assertThat(consent.redact(CHECK_IN)).isEqualTo(CHECK_IN);
    assertThat(consent.redact(REVIEW)).isEqualTo(REVIEW);
  }
}
