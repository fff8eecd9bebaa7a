package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessVisitsTest {
  private static AccessEntry entry(String who, String what, String at) {
    return new AccessEntry("ana", "id-" + who, who, what, Instant.parse(at));
  }

  @Test
  void repeatedReadsOfOneThingOnOneDayShareALineAndAnythingElseStartsANewOne() {
    List<AccessEntry> newestFirst =
        List.of(
            entry("ng", "read your alerts", "2026-12-02T10:41:00Z"),
            entry("ng", "read your alerts", "2026-12-02T10:20:00Z"),
            entry("ng", "read your alerts", "2026-12-02T10:02:00Z"),
            entry("ng", "viewed your adherence", "2026-12-02T09:00:00Z"),
            entry("ng", "read your alerts", "2026-12-01T23:59:00Z"),
            entry("ola", "read your alerts", "2026-12-01T23:58:00Z"));

    List<AccessVisits.Visit> visits = AccessVisits.of(newestFirst, ZoneOffset.UTC);

    assertThat(visits)
        .extracting(visit -> visit.clinicianEmail() + " " + visit.what() + " " + visit.times())
        .containsExactly(
            "ng read your alerts 3",
            "ng viewed your adherence 1",
            "ng read your alerts 1",
            "ola read your alerts 1");
    assertThat(visits.get(0).first()).isEqualTo(Instant.parse("2026-12-02T10:02:00Z"));
    assertThat(visits.get(0).last()).isEqualTo(Instant.parse("2026-12-02T10:41:00Z"));
  }

  @Test
  void theDayIsTheReadersDay() {
    List<AccessEntry> newestFirst =
        List.of(
            entry("ng", "read your alerts", "2026-12-02T00:30:00Z"),
            entry("ng", "read your alerts", "2026-12-01T23:30:00Z"));

    assertThat(AccessVisits.of(newestFirst, ZoneOffset.UTC)).hasSize(2);
    assertThat(AccessVisits.of(newestFirst, ZoneOffset.ofHours(2))).hasSize(1);
  }
}
