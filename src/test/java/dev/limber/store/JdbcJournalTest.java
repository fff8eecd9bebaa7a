package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.limber.account.Account;
import dev.limber.journal.CheckIn;
import dev.limber.journal.JournalContents;
import dev.limber.journal.ScreeningRecord;
import dev.limber.journal.UnknownOwnerException;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.Side;
import dev.limber.session.StepDose;
import java.time.Instant;
import java.util.List;
import java.util.Map;

class JdbcJournalTest {
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  static SessionRecord stoppedSession(Instant started) {
    return new SessionRecord(
        started,
        started.plusSeconds(95),
        List.of(
            new StepDose("doorway-chest-stretch", 20, 2, 2),
            new StepDose("chair-back-extension", 1, 1, 1)),
        List.of(
            new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.HOLD, "doorway-chest-stretch", Side.LEFT, 1, 20, Outcome.DONE),
            new SegmentRecord(
                SegmentKind.HOLD, "doorway-chest-stretch", Side.RIGHT, 1, 20, Outcome.SKIPPED),
            new SegmentRecord(
                SegmentKind.CRACK_ATTEMPT, "chair-back-extension", null, null, 10, Outcome.DONE)),
        3,
        null,
        new PainStop(3, "chair-back-extension", 6, true),
        1,
        Ending.STOPPED_FOR_PAIN);
  }

  static ScreeningRecord screening(Instant at, Verdict verdict, String... ruleIds) {
    return new ScreeningRecord(
        at,
        Map.of("symptoms", Map.of("painScore", 3), "age", 40, "conditions", List.of()),
        verdict,
        List.of(ruleIds));
  }

  @StoreTest
  void keepsOnlyTheLastRoutineChoice(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    journal.keep(
        new dev.limber.journal.RoutineChoice(
            dev.limber.catalog.Setting.HOME, 10, java.util.Set.of(), MONDAY));
    dev.limber.journal.RoutineChoice desk =
        new dev.limber.journal.RoutineChoice(
            dev.limber.catalog.Setting.DESK,
            5,
            java.util.Set.of(dev.limber.catalog.Equipment.CHAIR, dev.limber.catalog.Equipment.WALL),
            MONDAY.plusSeconds(60));

    journal.keep(desk);

    assertThat(journal.lastRoutineChoice()).contains(desk);
    journal.forget();
    assertThat(journal.lastRoutineChoice()).isEmpty();
  }

  @StoreTest
  void keepsACheckInWithEveryField(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    CheckIn checkIn = new CheckIn(MONDAY.plusNanos(123_456_000), 4, true, "stiff after the drive");

    journal.add(checkIn);

    assertThat(journal.checkIns(Instant.MIN, Instant.MAX)).containsExactly(checkIn);
  }

  @StoreTest
  void keepsTheWholeSessionRecord(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    SessionRecord session = stoppedSession(MONDAY);

    journal.add(session);

    assertThat(journal.sessions(Instant.MIN, Instant.MAX)).containsExactly(session);
  }

  @StoreTest
  void keepsEveryScreeningWithItsAnswersVerdictAndRuleIds(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    ScreeningRecord first = screening(MONDAY, Verdict.CLEAR);
    ScreeningRecord second = screening(MONDAY.plusSeconds(60), Verdict.STRETCH_ONLY, "S4", "S8");

    journal.add(second);
    journal.add(first);

    assertThat(journal.screenings(Instant.MIN, Instant.MAX)).containsExactly(first, second);
    assertThat(journal.latestScreening()).contains(second);
  }

  @StoreTest
  void answersEntriesInTheHalfOpenRangeOldestFirst(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    for (int day : new int[] {3, 0, 2, 1}) {
      journal.add(new CheckIn(MONDAY.plusSeconds(86_400L * day), day, false, null));
    }

    List<CheckIn> found =
        journal.checkIns(MONDAY.plusSeconds(86_400), MONDAY.plusSeconds(86_400L * 3));

    assertThat(found).extracting(CheckIn::pain).containsExactly(1, 2);
  }

  @StoreTest
  void ownersNeverSeeEachOthersEntries(Database database) {
    accounts(database, "account-1", "account-2");
    JdbcJournal alice = new JdbcJournal(database, "account-1");
    JdbcJournal bob = new JdbcJournal(database, "account-2");
    alice.add(new CheckIn(MONDAY, 5, false, "alice"));
    alice.add(stoppedSession(MONDAY));
    alice.add(screening(MONDAY, Verdict.CLEAR));

    bob.forget();

    assertThat(bob.contents().isEmpty()).isTrue();
    assertThat(bob.latestScreening()).isEmpty();
    assertThat(alice.contents().size()).isEqualTo(3);
  }

  @StoreTest
  void forgetDeletesEverythingOfItsOwner(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    journal.add(new CheckIn(MONDAY, 5, false, null));
    journal.add(stoppedSession(MONDAY));
    journal.add(screening(MONDAY, Verdict.CLEAR));

    journal.forget();

    assertThat(journal.contents()).isEqualTo(JournalContents.EMPTY);
  }

  @StoreTest
  void addAllKeepsNothingWhenOneEntryFails(Database database) {
    JdbcJournal journal = new JdbcJournal(database, "local");
    String tooLongForTheColumn = "x".repeat(2001);
    ScreeningRecord unstorable =
        new ScreeningRecord(MONDAY, Map.of(), Verdict.CLEAR, List.of(tooLongForTheColumn));
    JournalContents contents =
        new JournalContents(
            List.of(new CheckIn(MONDAY, 2, false, null)),
            List.of(stoppedSession(MONDAY)),
            List.of(unstorable));

    assertThatThrownBy(() -> journal.addAll(contents)).isInstanceOf(StoreException.class);

    assertThat(journal.contents()).isEqualTo(JournalContents.EMPTY);
  }

  @StoreTest
  void aJournalWhoseAccountIsGoneTakesNoWritesAndRemovingTheAccountDeletesItsJournal(
      Database database) {
    accounts(database, "account-1");
    JdbcJournal journal = new JdbcJournal(database, "account-1");
    journal.add(new CheckIn(MONDAY, 5, false, "kept until the account goes"));

    boolean removed = new JdbcAccounts(database).remove("account-1");

    assertThat(removed).isTrue();
    assertThat(journal.contents().isEmpty()).isTrue();
    assertThatThrownBy(() -> journal.add(new CheckIn(MONDAY, 4, false, null)))
        .isInstanceOf(UnknownOwnerException.class);
    assertThat(journal.contents().isEmpty()).isTrue();
  }

  private static void accounts(Database database, String... ids) {
    JdbcAccounts accounts = new JdbcAccounts(database);
    for (String id : ids) {
      accounts.add(new Account(id, id + "@example.org"), "hash", MONDAY);
    }
  }
}
