package dev.limber.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Journal;
import dev.limber.journal.PainReading;
import dev.limber.program.AccessEntry;
import dev.limber.program.Adherence;
import dev.limber.program.Caseload;
import dev.limber.program.CaseloadEntry;
import dev.limber.program.Link;
import dev.limber.program.PainTrend;
import dev.limber.program.ProgramVersion;
import dev.limber.session.SessionRecord;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.StoreTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The desk that reads its caseload's journals together shows what reading each person's journal in
 * turn showed (the computation issue 24 shipped, kept below as the reference): the same people,
 * entries, alerts and access log lines, on a varied caseload, on H2 and PostgreSQL.
 */
class DeskParityTest {
  private static final int PEOPLE = 30;

  @StoreTest
  void readingTheCaseloadTogetherShowsWhatReadingEachJournalShowed(Database database) {
    CaseloadSeed seed = new CaseloadSeed(database);
    String clinician = seed.seed(PEOPLE);
    PerJournalDesk reference = new PerJournalDesk(seed, database);

    List<FollowingService.PersonAlert> expectedAlerts = seed.services.following().alerts(clinician);
    DeskService.Desk desk = seed.services.desk().desk(clinician, null, null);
    assertVariedEnoughToTellTheTwoApart(desk.people().people());

    assertThat(desk.alerts()).isEqualTo(expectedAlerts);
    for (Caseload.Order order : Caseload.Order.values()) {
      for (boolean attentionOnly : new boolean[] {false, true}) {
        String filter = attentionOnly ? DeskService.ATTENTION : "all";
        assertThat(seed.services.desk().people(clinician, order.word(), filter))
            .as(order + " " + filter)
            .isEqualTo(reference.people(clinician, order, attentionOnly));
      }
    }
    assertThat(desk.people())
        .isEqualTo(reference.people(clinician, Caseload.Order.ATTENTION, false));
  }

  /** The seed's caseload holds every case the two computations could disagree on. */
  private static void assertVariedEnoughToTellTheTwoApart(List<CaseloadEntry> people) {
    assertThat(people).as("three of the 30 left the program").hasSize(PEOPLE - 3);
    assertThat(people).anyMatch(entry -> entry.lastSession().isEmpty());
    assertThat(people).anyMatch(entry -> entry.openFlags() > 0);
    assertThat(people).anyMatch(entry -> entry.openFlags() == 0 && entry.lastSession().isPresent());
    assertThat(people).anyMatch(CaseloadEntry::quiet);
    assertThat(people).anyMatch(entry -> !entry.needsAttention());
    assertThat(people).anyMatch(entry -> entry.latestPain().orElse(0) >= 7);
    assertThat(people).anyMatch(entry -> entry.painTrend() == PainTrend.RISING);
    assertThat(people).anyMatch(entry -> entry.painTrend() == PainTrend.STEADY);
    assertThat(people)
        .flatExtracting(CaseloadEntry::alerts)
        .extracting(alert -> alert.kind().name())
        .contains(
            "STOPPED_FOR_PAIN",
            "PAIN_NOTED",
            "NEW_SYMPTOM",
            "HIGH_PAIN",
            "WORSENING",
            "NO_SESSION");
  }

  @StoreTest
  void theDeskWritesTheSameAccessLogLinesAsBefore(Database database) {
    CaseloadSeed seed = new CaseloadSeed(database);
    String clinician = seed.seed(3);
    String person = "person-1";

    seed.services.desk().desk(clinician, null, null);

    assertThat(seed.services.following().accessLog(person))
        .extracting(AccessEntry::what)
        .containsExactly(
            "read your alerts",
            "saw your last session, pain, flags and alerts in their people list");
  }

  /** The people list as issue 24 computed it: each person's journal read in turn, whole. */
  private static final class PerJournalDesk {
    private final CaseloadSeed seed;
    private final Database database;
    private final ProgramAccess access;

    PerJournalDesk(CaseloadSeed seed, Database database) {
      this.seed = seed;
      this.database = database;
      this.access =
          new ProgramAccess(seed.programs, new JdbcAccounts(database), CaseloadSeed.CLOCK);
    }

    Caseload people(String clinicianId, Caseload.Order order, boolean attentionOnly) {
      List<CaseloadEntry> entries = new ArrayList<>();
      for (Link link : seed.programs.linksOf(clinicianId)) {
        entries.add(entry(link, CaseloadSeed.NOW));
      }
      return Caseload.of(entries, order, attentionOnly);
    }

    private CaseloadEntry entry(Link link, Instant now) {
      FollowingService following = seed.services.following();
      Services services =
          Services.of(
              dev.limber.catalog.Catalog.bundled(),
              dev.limber.screening.RuleBook.bundled(),
              CaseloadSeed.CLOCK);
      Journal journal = new JdbcJournal(database, link.personId());
      Optional<ProgramVersion> version = seed.programs.latest(link.programId());
      List<SessionRecord> sessions = journal.sessions(link.joinedAt(), Instant.MAX);
      List<CheckIn> checkIns = journal.checkIns(link.joinedAt(), Instant.MAX);
      List<PainReading> readings = PainReading.of(checkIns, sessions);
      List<Adherence.Week> weeks =
          version
              .map(
                  each ->
                      Adherence.of(
                              following.playsSinceJoining(link),
                              each.program().frequency(),
                              link.joinedAt(),
                              now,
                              CaseloadSeed.CLOCK.getZone())
                          .weeks())
              .orElse(List.of());
      Adherence.Week thisWeek =
          weeks.isEmpty()
              ? new Adherence.Week(LocalDate.ofInstant(now, CaseloadSeed.CLOCK.getZone()), 0, 0)
              : weeks.get(weeks.size() - 1);
      int openFlags =
          (int)
              services.journal().safetyHistory(Person.withJournal(journal)).openFlags().stream()
                  .filter(flag -> flag.needsReview())
                  .count();
      Optional<Instant> lastSession =
          sessions.stream().map(SessionRecord::started).max(Comparator.naturalOrder());
      return new CaseloadEntry(
          link,
          access.emailOf(link.personId()),
          version.map(each -> each.program().title()).orElse(""),
          version.map(ProgramVersion::version).orElse(0),
          lastSession,
          thisWeek,
          readings.isEmpty()
              ? Optional.empty()
              : Optional.of(readings.get(readings.size() - 1).pain()),
          PainTrend.of(readings, now),
          openFlags,
          following.alerts(link, journal),
          CaseloadEntry.quiet(lastSession, link.joinedAt(), now));
    }
  }
}
