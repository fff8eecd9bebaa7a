package dev.limber.store;

import dev.limber.journal.CheckIn;
import dev.limber.journal.Insights;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import dev.limber.session.Ending;
import dev.limber.session.Outcome;
import dev.limber.session.SegmentKind;
import dev.limber.session.SegmentRecord;
import dev.limber.session.SessionRecord;
import dev.limber.session.Side;
import dev.limber.session.StepDose;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The journal on a real database (bench/journal.sh): insights over three years of daily use (1,100
 * check-ins, 1,000 sessions) read from the store, and export and import of 10,000 entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JournalBenchmark {
  private static final Instant NOW = Instant.parse("2026-03-13T18:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String[] TECHNIQUES = {
    "doorway-chest-stretch", "thread-the-needle", "cat-cow", "seated-twist", "child-pose"
  };

  @Param({"H2", "POSTGRESQL"})
  public String database;

  private Database store;
  private JdbcJournal threeYears;
  private JdbcJournal tenThousand;
  private String exportText;
  private final AtomicInteger importOwners = new AtomicInteger();

  @Setup(Level.Trial)
  public void fill() {
    store = database.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
    threeYears = new JdbcJournal(store, "three-years");
    threeYears.addAll(entries(1_100, 1_000));
    tenThousand = new JdbcJournal(store, "ten-thousand");
    tenThousand.addAll(entries(6_000, 4_000));
    exportText = Json.pretty(new JournalExport(NOW, tenThousand.contents()));
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public Insights insightsOverThreeYears() {
    return Insights.of(threeYears, RuleBook.bundled(), CLOCK);
  }

  @Benchmark
  public String exportTenThousandEntries() {
    return Json.pretty(new JournalExport(NOW, tenThousand.contents()));
  }

  @Benchmark
  public int importTenThousandEntriesIntoAnEmptyJournal() {
    JournalContents contents = JournalExport.read(exportText).export().orElseThrow().contents();
    JdbcJournal empty = new JdbcJournal(store, "import-" + importOwners.incrementAndGet());
    empty.addAll(contents.without(empty.contents()));
    return contents.size();
  }

  static JournalContents entries(int checkIns, int sessions) {
    Random random = new Random(42);
    List<CheckIn> checkInList = new ArrayList<>(checkIns);
    for (int index = 0; index < checkIns; index++) {
      checkInList.add(
          new CheckIn(
              NOW.minusSeconds(3L * 365 * 86_400 * index / checkIns + 3600),
              random.nextInt(8),
              random.nextInt(10) == 0,
              index % 5 == 0 ? "after a long day at the desk" : null));
    }
    List<SessionRecord> sessionList = new ArrayList<>(sessions);
    for (int index = 0; index < sessions; index++) {
      Instant started = NOW.minusSeconds(3L * 365 * 86_400 * index / sessions + 7200);
      sessionList.add(session(started, random));
    }
    return new JournalContents(checkInList, sessionList, List.of());
  }

  private static SessionRecord session(Instant started, Random random) {
    List<StepDose> routine = new ArrayList<>();
    List<SegmentRecord> segments = new ArrayList<>();
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    for (int step = 0; step < 3; step++) {
      String id = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
      routine.add(new StepDose(id, 20, 2, 2));
      for (Side side : new Side[] {Side.LEFT, Side.RIGHT}) {
        for (int rep = 1; rep <= 2; rep++) {
          segments.add(new SegmentRecord(SegmentKind.HOLD, id, side, rep, 20, Outcome.DONE));
        }
      }
    }
    segments.add(new SegmentRecord(SegmentKind.PAIN_CHECK, null, null, null, 5, Outcome.DONE));
    int before = 2 + random.nextInt(5);
    return new SessionRecord(
        started,
        started.plusSeconds(600),
        routine,
        segments,
        before,
        Math.max(0, before - random.nextInt(3)),
        List.of(),
        0,
        Ending.FINISHED);
  }
}
