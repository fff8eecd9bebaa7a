package dev.limber.app;

import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import java.util.concurrent.TimeUnit;
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
 * One view of a clinician's desk (bench/desk.sh): alerts, the people list, programs and codes, for
 * a caseload of 10, 100 or 500 people with about 90 days of journal each ({@link CaseloadSeed}), on
 * an H2 file and on PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeskBenchmark {
  @Param({"10", "100", "500"})
  public int people;

  @Param({"H2", "POSTGRESQL"})
  public String database;

  private Database store;
  private DeskService desk;
  private String clinician;

  @Setup(Level.Trial)
  public void seed() {
    store = database.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
    CaseloadSeed seed = new CaseloadSeed(store);
    clinician = seed.seed(people);
    desk = seed.services.desk();
  }

  @TearDown(Level.Trial)
  public void close() {
    store.close();
  }

  @Benchmark
  public DeskService.Desk deskView() {
    return desk.desk(clinician, null, null);
  }
}
