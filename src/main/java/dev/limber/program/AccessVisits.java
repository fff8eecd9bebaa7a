package dev.limber.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An access log as a person reads it: repeated reads of the same thing by the same clinician on the
 * same day, one after another, are one line with how many times and between when (a clinician who
 * opens their dashboard ten times reads everyone's alerts ten times). Every entry stays in the log
 * itself and in the API.
 */
public final class AccessVisits {
  private AccessVisits() {}

  /** Consecutive reads of one thing on one day, newest last read first. */
  public record Visit(
      String clinicianEmail, String what, LocalDate day, Instant first, Instant last, int times) {}

  /** {@code entries} newest first, as {@link Programs#accessLog} gives them. */
  public static List<Visit> of(List<AccessEntry> entries, ZoneId zone) {
    List<Visit> visits = new ArrayList<>();
    for (AccessEntry entry : entries) {
      LocalDate day = LocalDate.ofInstant(entry.at(), zone);
      int lastIndex = visits.size() - 1;
      if (lastIndex >= 0) {
        Visit previous = visits.get(lastIndex);
        if (previous.clinicianEmail().equals(entry.clinicianEmail())
            && previous.what().equals(entry.what())
            && previous.day().equals(day)) {
          visits.set(
              lastIndex,
              new Visit(
                  previous.clinicianEmail(),
                  previous.what(),
                  day,
                  entry.at(),
                  previous.last(),
                  previous.times() + 1));
          continue;
        }
      }
      visits.add(new Visit(entry.clinicianEmail(), entry.what(), day, entry.at(), entry.at(), 1));
    }
    return visits;
  }
}
