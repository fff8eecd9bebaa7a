package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.account.Account;
import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.json.Json;
import dev.limber.planning.Preferences;
import dev.limber.screening.RuleBook;
import dev.limber.session.PlayableSession;
import dev.limber.session.Timeline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Playable sessions kept on H2 and PostgreSQL: the timeline comes back as it was computed. */
class JdbcPlayableSessionsTest {
  private static final Catalog CATALOG = Catalog.bundled();
  private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
  private static final String CLEAR =
      "{\"conditions\": [], \"symptoms\": {\"painScore\": 2, \"painDurationWeeks\": 1,"
          + " \"numbness\": [], \"weakness\": [], \"bladderOrBowelChange\": false,"
          + " \"chestPain\": false, \"fever\": false, \"unexplainedWeightLoss\": false,"
          + " \"swelling\": false, \"nightPainOrUnrelievedByRest\": false,"
          + " \"painWorseWithCoughSneeze\": false}, \"history\": {\"ageYears\": 40,"
          + " \"recentTrauma\": \"NONE\", \"firstEpisode\": false}}";

  private static Timeline timeline() {
    return Services.of(CATALOG, RuleBook.bundled(), Clock.fixed(NOW, ZoneOffset.UTC))
        .planning()
        .plan(Person.ANONYMOUS, Json.parse(CLEAR), Preferences.defaults().withMinutes(12))
        .planned()
        .orElseThrow()
        .findTimeline()
        .orElseThrow();
  }

  private static PlayableSession session(String id, Optional<String> owner) {
    return new PlayableSession(
        id, owner, timeline(), NOW, NOW.plus(Duration.ofDays(2)), Optional.empty());
  }

  @StoreTest
  void givesBackTheTimelineItWasGivenWithItsOwner(Database database) {
    JdbcPlayableSessions sessions = new JdbcPlayableSessions(database, CATALOG);
    String accountId = UUID.randomUUID().toString();
    new JdbcAccounts(database).add(new Account(accountId, accountId + "@example.org"), "hash", NOW);
    PlayableSession kept = session("a".repeat(43), Optional.of(accountId));

    sessions.add(kept);

    assertThat(sessions.find(kept.id())).contains(kept);
    assertThat(sessions.find("b".repeat(43))).isEmpty();
  }

  @StoreTest
  void takesASessionsEventsOnce(Database database) {
    JdbcPlayableSessions sessions = new JdbcPlayableSessions(database, CATALOG);
    PlayableSession kept = session("c".repeat(43), Optional.empty());
    sessions.add(kept);

    boolean first = sessions.markPlayed(kept.id(), NOW.plusSeconds(600));
    boolean second = sessions.markPlayed(kept.id(), NOW.plusSeconds(700));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(sessions.find(kept.id()).orElseThrow().played()).contains(NOW.plusSeconds(600));
  }

  @StoreTest
  void forgetsExpiredSessionsAndThoseOfADeletedAccount(Database database) {
    JdbcPlayableSessions sessions = new JdbcPlayableSessions(database, CATALOG);
    String accountId = UUID.randomUUID().toString();
    JdbcAccounts accounts = new JdbcAccounts(database);
    accounts.add(new Account(accountId, accountId + "@example.org"), "hash", NOW);
    sessions.add(session("d".repeat(43), Optional.empty()));
    sessions.add(session("e".repeat(43), Optional.of(accountId)));

    accounts.remove(accountId);
    int expired = sessions.removeExpired(NOW.plus(Duration.ofDays(3)));

    assertThat(sessions.find("e".repeat(43))).isEmpty();
    assertThat(expired).isEqualTo(1);
    assertThat(sessions.find("d".repeat(43))).isEmpty();
  }

  @StoreTest
  void countsTheAnonymousSessionsNotYetExpired(Database database) {
    JdbcPlayableSessions sessions = new JdbcPlayableSessions(database, CATALOG);
    String accountId = UUID.randomUUID().toString();
    new JdbcAccounts(database).add(new Account(accountId, accountId + "@example.org"), "hash", NOW);
    int before = sessions.countAnonymous(NOW);

    sessions.add(session(UUID.randomUUID() + "-f", Optional.empty()));
    sessions.add(session(UUID.randomUUID() + "-g", Optional.empty()));
    sessions.add(session(UUID.randomUUID() + "-h", Optional.of(accountId)));

    assertThat(sessions.countAnonymous(NOW)).isEqualTo(before + 2);
    assertThat(sessions.countAnonymous(NOW.plus(Duration.ofDays(2)))).isZero();
  }
}
