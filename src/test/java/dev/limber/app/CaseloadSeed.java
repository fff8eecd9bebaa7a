package dev.limber.app;

import dev.limber.account.Account;
import dev.limber.catalog.Catalog;
import dev.limber.journal.CheckIn;
import dev.limber.journal.JournalContents;
import dev.limber.journal.Review;
import dev.limber.journal.Reviewer;
import dev.limber.journal.ScreeningRecord;
import dev.limber.json.Json;
import dev.limber.program.Consent;
import dev.limber.program.JoinCode;
import dev.limber.program.Link;
import dev.limber.program.ProgramPlay;
import dev.limber.program.Shared;
import dev.limber.screening.RuleBook;
import dev.limber.screening.Verdict;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.PainStop;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.Side;
import dev.limber.session.StepDose;
import dev.limber.store.Database;
import dev.limber.store.JdbcAccounts;
import dev.limber.store.JdbcAttempts;
import dev.limber.store.JdbcJournal;
import dev.limber.store.JdbcJournals;
import dev.limber.store.JdbcPrograms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A clinician's caseload seeded into a real store: each person with about 90 days of journal (daily
 * check-ins, a session most days, a screening a fortnight), varied by their number: no sessions, a
 * stop for pain, a mild stop and its follow-up, a new symptom, a review, high pain, a quiet last
 * week, acknowledged alerts, journal from before joining, and some who left.
 */
final class CaseloadSeed {
  static final Instant NOW = Instant.parse("2026-11-20T18:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String CLINICIAN = "clinician";
  private static final String[] TECHNIQUES = {
    "armchair-twist", "upward-stretch", "chair-back-extension"
  };

  final ProgramServices services;
  final JdbcPrograms programs;
  private final JdbcAccounts accounts;
  private final Database database;

  CaseloadSeed(Database database) {
    this.database = database;
    this.programs = new JdbcPrograms(database);
    this.accounts = new JdbcAccounts(database);
    this.services =
        new ProgramServices(
            programs,
            accounts,
            new JdbcAttempts(database),
            new JdbcJournals(database),
            Services.of(Catalog.bundled(), RuleBook.bundled(), CLOCK),
            CLOCK,
            new SplittableRandom(7));
  }

  /** The clinician with {@code people} people joined to one program; returns the clinician id. */
  String seed(int people) {
    accounts.add(new Account(CLINICIAN, "dr.ng@example.org"), "hash", NOW.minus(days(200)));
    services.clinicians().grant("dr.ng@example.org");
    String programId =
        services
            .authoring()
            .save(CLINICIAN, Optional.empty(), Json.parse(ProgramServiceTest.PROGRAM))
            .version()
            .orElseThrow()
            .programId();
    SplittableRandom codes = new SplittableRandom(people);
    for (int index = 0; index < people; index++) {
      person(index, programId, codes);
    }
    return CLINICIAN;
  }

  private void person(int index, String programId, SplittableRandom codes) {
    String id = "person-" + index;
    accounts.add(new Account(id, "p" + index + "@example.org"), "hash", NOW.minus(days(120)));
    Instant joinedAt = NOW.minus(days(index % 11 == 3 ? 30 : 90)).plusSeconds(index * 60L);
    JoinCode code = JoinCode.create(codes, CLINICIAN, programId, joinedAt.minusSeconds(60));
    programs.addCode(code);
    Consent consent =
        new Consent(
            EnumSet.of(Shared.SESSIONS, Shared.PAIN, Shared.CHECK_INS, Shared.VERDICTS), joinedAt);
    Link link = programs.join(code.code(), id, consent, joinedAt).orElseThrow();
    JdbcJournal journal = new JdbcJournal(database, id);
    JournalContents contents = journal(index, joinedAt, new Random(index));
    journal.addAll(contents);
    for (SessionRecord session : contents.sessions()) {
      if (!session.started().isBefore(joinedAt)) {
        programs.recordPlay(new ProgramPlay(id, session.started(), programId, 1));
      }
    }
    if (index % 6 == 2) {
      List<dev.limber.program.Alert> alerts = services.following().alerts(link, journal);
      alerts.stream()
          .limit(2)
          .forEach(alert -> programs.acknowledge(link.id(), alert.key(), NOW.minus(days(1))));
    }
    if (index % 9 == 4) {
      programs.leave(id, NOW.minus(days(3)));
    }
  }

  /** The person's journal: the same for the same index and join, whatever the store. */
  static JournalContents journal(int index, Instant joinedAt, Random random) {
    List<CheckIn> checkIns = new ArrayList<>();
    List<SessionRecord> sessions = new ArrayList<>();
    List<ScreeningRecord> screenings = new ArrayList<>();
    List<Review> reviews = new ArrayList<>();
    boolean playsSessions = index % 7 != 0;
    int quietDays = index % 10 == 6 ? 9 : 0;
    Instant from = index % 11 == 3 ? joinedAt.minus(days(60)) : joinedAt;
    for (Instant day = from.plus(Duration.ofHours(2)); day.isBefore(NOW); day = day.plus(days(1))) {
      int pain = level(index) - random.nextInt(2);
      if (index % 8 == 5 && day.isAfter(NOW.minus(days(5)))) {
        pain = 7 + random.nextInt(3);
      }
      checkIns.add(new CheckIn(day, pain, false, random.nextInt(6) == 0 ? "long day" : null));
      boolean quiet = day.isAfter(NOW.minus(days(quietDays)));
      if (playsSessions && !quiet && random.nextInt(4) != 0) {
        sessions.add(session(index, day.plus(Duration.ofHours(3)), random, sessions.size()));
      }
      if (Duration.between(from, day).toDays() % 14 == 1) {
        screenings.add(
            screening(day.plus(Duration.ofHours(1)), index % 5 == 2 && random.nextBoolean()));
      }
    }
    if (index % 4 == 0) {
      Instant recorded = NOW.minus(days(20));
      reviews.add(
          new Review(
              LocalDate.ofInstant(recorded, ZoneOffset.UTC),
              Reviewer.PHYSIOTHERAPIST,
              "",
              recorded));
    }
    return new JournalContents(checkIns, sessions, screenings, reviews);
  }

  private static SessionRecord session(int index, Instant started, Random random, int count) {
    List<StepDose> routine = new ArrayList<>();
    List<SegmentRecord> segments = new ArrayList<>();
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    for (String id : TECHNIQUES) {
      routine.add(new StepDose(id, 20, 2, 2));
      for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
        for (int rep = 1; rep <= 2; rep++) {
          segments.add(new SegmentRecord(SegmentKind.HOLD, id, side, rep, 20, Outcome.DONE));
        }
      }
    }
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    int before = level(index) + random.nextInt(2);
    int after = Math.max(0, before - random.nextInt(2));
    List<PainStop> stops = List.of();
    Ending ending = Ending.FINISHED;
    int roll = random.nextInt(40);
    if (index % 5 == 1 && roll == 0) {
      stops = List.of(new PainStop(3, TECHNIQUES[0], before + 3, false, false, true));
      ending = Ending.STOPPED_FOR_PAIN;
    } else if (index % 5 == 2 && roll < 2) {
      stops = List.of(new PainStop(5, TECHNIQUES[1], before + 1, false, true, false));
      ending = roll == 0 ? Ending.STOPPED_FOR_PAIN : Ending.FINISHED;
    } else if (index % 6 == 3 && roll == 0) {
      ending = Ending.ENDED_FOR_SYMPTOMS;
    } else if (index % 3 == 0 && roll == 1) {
      after = Math.min(10, before + 3);
    }
    return new SessionRecord(
        started,
        started.plusSeconds(600),
        routine,
        segments,
        before,
        after,
        stops,
        count % 3,
        ending);
  }

  /** The person's usual pain: check-ins a point around it, sessions starting at it or above. */
  private static int level(int index) {
    return 1 + index % 4;
  }

  private static ScreeningRecord screening(Instant at, boolean answersFollowUp) {
    Map<String, Object> answers =
        answersFollowUp
            ? Map.of("history", Map.of("lastPainStopSettled", at.getEpochSecond() % 2 == 0))
            : Map.of("history", Map.of("ageYears", 40));
    return new ScreeningRecord(at, answers, Verdict.CLEAR, List.of());
  }

  private static Duration days(long count) {
    return Duration.ofDays(count);
  }
}
