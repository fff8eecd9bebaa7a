package dev.limber.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;
import dev.limber.web.H2Server;
import dev.limber.web.http.Authentication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Journal entries for page tests, dated back from a given instant: an export file with check-ins
 * over two months and sessions with pain before and after, and a session stopped for pain.
 */
public final class JournalSeed {
  private static final String[] TECHNIQUES = {
    "wall-slide", "chair-back-extension", "standing-lean-back"
  };

  private JournalSeed() {}

  /** An export (format limber-journal, version 2) of entries in the 60 days before {@code now}. */
  static String export(Instant now) {
    Instant start = now.truncatedTo(ChronoUnit.HOURS);
    List<String> checkIns = new ArrayList<>();
    for (int day = 60; day >= 1; day -= 3) {
      int pain = Math.max(1, Math.min(9, 6 - day / 15 + (day % 7 == 0 ? 2 : 0)));
      checkIns.add(
          "{\"at\":\""
              + start.minus(Duration.ofDays(day))
              + "\",\"pain\":"
              + pain
              + ",\"cracked\":"
              + (day % 9 == 0)
              + ",\"note\":null}");
    }
    List<String> sessions = new ArrayList<>();
    for (int day = 40; day >= 2; day -= 4) {
      String technique = TECHNIQUES[day % 3];
      int before = 5 - day / 20;
      int after = technique.equals("standing-lean-back") ? before : Math.max(0, before - 2);
      sessions.add(session(start.minus(Duration.ofDays(day)), technique, before, after));
    }
    return "{\"format\":\"limber-journal\",\"version\":2,\"exportedAt\":\""
        + start
        + "\",\"checkIns\":["
        + String.join(",", checkIns)
        + "],\"sessions\":["
        + String.join(",", sessions)
        + "],\"screenings\":[],\"reviews\":[]}";
  }

  /** A finished ten-minute session of one technique, with pain before and after. */
  static String session(Instant started, String technique, int before, int after) {
    return "{\"started\":\""
        + started
        + "\",\"ended\":\""
        + started.plus(Duration.ofMinutes(10))
        + "\",\"routine\":[{\"techniqueId\":\""
        + technique
        + "\",\"holdSeconds\":30,\"reps\":2,\"sides\":1}],\"segments\":[{\"kind\":\"HOLD\","
        + "\"techniqueId\":\""
        + technique
        + "\",\"rep\":1,\"seconds\":30,\"outcome\":\"DONE\"}],\"painBefore\":"
        + before
        + ",\"painAfter\":"
        + after
        + ",\"painStop\":null,\"pops\":0,\"ending\":\"FINISHED\"}";
  }

  /**
   * A session an hour before {@code now} that the person ended on a mild stop (pain 2 before, 3 at
   * the stop, easing, not sharp): the wall slide rests a week and the next check asks whether the
   * back settled (spec/screening.md §2.1).
   */
  public static String mildStop(Instant now) {
    Instant started = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    return "{\"started\":\""
        + started
        + "\",\"ended\":\""
        + started.plusSeconds(60)
        + "\",\"routine\":[{\"techniqueId\":\"wall-slide\",\"holdSeconds\":30,\"reps\":2,"
        + "\"sides\":1}],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"wall-slide\","
        + "\"rep\":1,\"seconds\":30,\"outcome\":\"SKIPPED\"}],\"painBefore\":2,\"painAfter\":2,"
        + "\"painStops\":[{\"segmentIndex\":0,\"techniqueId\":\"wall-slide\",\"painScore\":3,"
        + "\"duringSelfCrack\":false,\"easing\":true,\"sharpOrSpreading\":false}],\"pops\":0,"
        + "\"ending\":\"STOPPED_FOR_PAIN\"}";
  }

  /** A session an hour before {@code now} that stopped because a stretch hurt: it opens a flag. */
  static String stoppedForPain(Instant now) {
    Instant started = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    return "{\"started\":\""
        + started
        + "\",\"ended\":\""
        + started.plusSeconds(60)
        + "\",\"routine\":[{\"techniqueId\":\"wall-slide\",\"holdSeconds\":30,\"reps\":2,"
        + "\"sides\":1}],\"segments\":[{\"kind\":\"HOLD\",\"techniqueId\":\"wall-slide\","
        + "\"rep\":1,\"seconds\":30,\"outcome\":\"SKIPPED\"}],\"painBefore\":2,\"painAfter\":3,"
        + "\"painStop\":{\"segmentIndex\":0,\"techniqueId\":\"wall-slide\",\"painScore\":3,"
        + "\"duringSelfCrack\":false},\"pops\":0,\"ending\":\"STOPPED_FOR_PAIN\"}";
  }

  /**
   * Signs a new person in, in {@code context}, with a journal holding {@link #export} and {@link
   * #stoppedForPain} (so an open pain flag), all through the API: for tests of the pages, not of
   * signing up or importing.
   */
  static void signInWithTheSeed(BrowserContext context, H2Server server, String email) {
    String token = Journey.signUpAndIn(context, server, email);
    for (var write :
        List.of(
            Map.entry("/api/import", export(Instant.now())),
            Map.entry("/api/sessions", stoppedForPain(Instant.now())))) {
      APIResponse answer =
          context
              .request()
              .post(
                  server.url(write.getKey()),
                  RequestOptions.create()
                      .setHeader("Content-Type", "application/json")
                      .setHeader(Authentication.CSRF_HEADER, token)
                      .setData(write.getValue()));
      assertThat(answer.ok()).as(write.getKey() + ": " + answer.text()).isTrue();
    }
  }
}
