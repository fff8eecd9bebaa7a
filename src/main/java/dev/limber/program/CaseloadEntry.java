package dev.limber.program;

import dev.limber.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person on a clinician's people list, at a glance: their program and its version, their last
 * session, program sessions this week against those prescribed, their latest pain score and its
 * trend, the pain flags still waiting for a review, their unacknowledged alerts, and whether they
 * have been {@link #quiet} (no session for {@link #QUIET}).
 */
public record CaseloadEntry(
    Link link,
    String email,
    String programTitle,
    int programVersion,
    Optional<Instant> lastSession,
    Adherence.Week thisWeek,
    Optional<Integer> latestPain,
    PainTrend painTrend,
    int openFlags,
    List<Alert> alerts,
    boolean quiet)
    implements JsonValue {
  /** No session for this long (or since joining) needs a look, as the silence alert says. */
  public static final Duration QUIET = Alerts.SILENCE;

  public CaseloadEntry {
    if (link == null || email == null || programTitle == null || thisWeek == null) {
      throw new IllegalArgumentException("link, email, programTitle and thisWeek are required");
    }
    if (openFlags < 0) {
      throw new IllegalArgumentException("openFlags < 0: " + openFlags);
    }
    alerts = List.copyOf(alerts);
  }

  public String personId() {
    return link.personId();
  }

  /**
   * True when no session was played for {@link #QUIET} before {@code now}, counting from joining.
   */
  public static boolean quiet(Optional<Instant> lastSession, Instant joinedAt, Instant now) {
    Instant since = lastSession.filter(at -> at.isAfter(joinedAt)).orElse(joinedAt);
    return Duration.between(since, now).compareTo(QUIET) >= 0;
  }

  /** An open alert, an open flag, or a quiet week: the "needs attention" filter. */
  public boolean needsAttention() {
    return !alerts.isEmpty() || openFlags > 0 || quiet;
  }

  /** The normal-priority alerts, which need a look before the low ones. */
  public long normalAlerts() {
    return alerts.stream().filter(alert -> alert.priority() == AlertKind.Priority.NORMAL).count();
  }

  /**
   * How much there is to look at: normal alerts weigh most, then flags, then a quiet week, then
   * low-priority alerts.
   */
  public long attention() {
    long normal = normalAlerts();
    return normal * 100 + openFlags * 10L + (quiet ? 5 : 0) + (alerts.size() - normal);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("personId", link.personId());
    json.put("email", email);
    json.put("program", programTitle);
    json.put("programId", link.programId());
    json.put("programVersion", programVersion);
    json.put("joinedAt", link.joinedAt().toString());
    json.put("sharesNotes", link.consent().sharesNotes());
    json.put("lastSession", lastSession.map(Instant::toString).orElse(null));
    json.put("sessionsThisWeek", thisWeek.done());
    json.put("prescribedThisWeek", thisWeek.prescribed());
    json.put("latestPain", latestPain.orElse(null));
    json.put("painTrend", painTrend.name());
    json.put("painTrendWords", painTrend.words());
    json.put("openFlags", openFlags);
    json.put("alerts", alerts);
    json.put("quiet", quiet);
    json.put("needsAttention", needsAttention());
    return json;
  }
}
