package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.PainReading;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The people list's orders, its "needs attention" filter, and the pain trend's arrow. */
class CaseloadTest {
  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
  private static final Instant JOINED = NOW.minus(Duration.ofDays(20));

  private static CaseloadEntry entry(
      String email, Integer daysSinceSession, Integer pain, int flags, List<Alert> alerts) {
    Link link =
        new Link(
            "link-" + email,
            "clinician",
            email,
            "program",
            Consent.of(false, JOINED),
            JOINED,
            Optional.empty());
    Optional<Instant> last =
        Optional.ofNullable(daysSinceSession).map(days -> NOW.minus(Duration.ofDays(days)));
    return new CaseloadEntry(
        link,
        email,
        "Desk back",
        1,
        last,
        new Adherence.Week(LocalDate.parse("2026-12-07"), 0, 5),
        Optional.ofNullable(pain),
        PainTrend.UNKNOWN,
        flags,
        alerts,
        CaseloadEntry.quiet(last, JOINED, NOW));
  }

  private static Alert alert(AlertKind kind) {
    return new Alert(kind + ":1", kind, NOW, "detail");
  }

  private final CaseloadEntry calm = entry("cy@example.org", 1, 2, 0, List.of());
  private final CaseloadEntry quiet = entry("di@example.org", 8, 3, 0, List.of());
  private final CaseloadEntry flagged = entry("bo@example.org", 2, 5, 1, List.of());
  private final CaseloadEntry alerted =
      entry("ana@example.org", 2, 7, 0, List.of(alert(AlertKind.HIGH_PAIN)));
  private final CaseloadEntry mild =
      entry("eve@example.org", 1, null, 0, List.of(alert(AlertKind.PAIN_NOTED)));
  private final List<CaseloadEntry> everyone = List.of(calm, quiet, flagged, alerted, mild);

  private static List<String> emails(Caseload caseload) {
    return caseload.people().stream().map(CaseloadEntry::email).toList();
  }

  @Test
  void eachOrderPutsFirstWhatItsNameSays() {
    assertThat(emails(Caseload.of(everyone, Caseload.Order.NAME, false)))
        .containsExactly(
            "ana@example.org",
            "bo@example.org",
            "cy@example.org",
            "di@example.org",
            "eve@example.org");
    assertThat(emails(Caseload.of(everyone, Caseload.Order.LAST_SESSION, false)))
        .startsWith("di@example.org")
        .endsWith("eve@example.org");
    assertThat(emails(Caseload.of(everyone, Caseload.Order.PAIN, false)))
        .startsWith("ana@example.org", "bo@example.org")
        .endsWith("eve@example.org");
    assertThat(emails(Caseload.of(everyone, Caseload.Order.ATTENTION, false)))
        .containsExactly(
            "ana@example.org",
            "bo@example.org",
            "di@example.org",
            "eve@example.org",
            "cy@example.org");
  }

  @Test
  void needsAttentionKeepsAnOpenAlertAnOpenFlagOrAQuietWeekAndCountsEveryone() {
    Caseload attention = Caseload.of(everyone, Caseload.Order.NAME, true);

    assertThat(emails(attention))
        .containsExactly("ana@example.org", "bo@example.org", "di@example.org", "eve@example.org");
    assertThat(attention.everyone()).isEqualTo(5);
    assertThat(attention.toJson().toString()).contains("filter=attention");
  }

  @Test
  void quietCountsFromJoiningWhenThereWasNoSessionAndEndsAtSevenDays() {
    assertThat(CaseloadEntry.quiet(Optional.empty(), NOW.minus(Duration.ofDays(6)), NOW)).isFalse();
    assertThat(CaseloadEntry.quiet(Optional.empty(), NOW.minus(Duration.ofDays(7)), NOW)).isTrue();
    assertThat(CaseloadEntry.quiet(Optional.of(NOW.minus(Duration.ofDays(7))), JOINED, NOW))
        .isTrue();
    assertThat(CaseloadEntry.quiet(Optional.of(NOW.minus(Duration.ofHours(167))), JOINED, NOW))
        .isFalse();
  }

  @Test
  void anUnknownSortWordIsNotAnOrder() {
    assertThat(Caseload.Order.find("last-session")).hasValue(Caseload.Order.LAST_SESSION);
    assertThat(Caseload.Order.find("LAST_SESSION")).isEmpty();
    assertThat(Caseload.Order.find("age")).isEmpty();
  }

  @Test
  void thePainTrendComparesTheLastSevenDaysWithTheSevenBefore() {
    List<PainReading> easing = List.of(reading(10, 5), reading(9, 5), reading(2, 3), reading(1, 4));
    List<PainReading> rising = List.of(reading(10, 2), reading(2, 3));
    List<PainReading> steady = List.of(reading(10, 4), reading(2, 4), reading(1, 5));
    List<PainReading> onlyRecent = List.of(reading(2, 4), reading(1, 5));

    assertThat(PainTrend.of(easing, NOW)).isEqualTo(PainTrend.FALLING);
    assertThat(PainTrend.of(rising, NOW)).isEqualTo(PainTrend.RISING);
    assertThat(PainTrend.of(steady, NOW)).isEqualTo(PainTrend.STEADY);
    assertThat(PainTrend.of(onlyRecent, NOW)).isEqualTo(PainTrend.UNKNOWN);
    assertThat(PainTrend.RISING.arrow()).isEqualTo("↑");
    assertThat(PainTrend.FALLING.words()).isEqualTo("easing");
  }

  private static PainReading reading(int daysAgo, int pain) {
    return new PainReading(NOW.minus(Duration.ofDays(daysAgo)), pain);
  }
}
