package dev.limber.render.ical;

import dev.limber.app.Person;
import dev.limber.app.ReminderService;
import dev.limber.app.Services;
import dev.limber.catalog.Catalog;
import dev.limber.journal.InMemoryJournal;
import dev.limber.journal.InMemoryReminderCalendars;
import dev.limber.journal.ReminderRequest;
import dev.limber.json.Json;
import dev.limber.screening.RuleBook;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One fetch of a subscribed desk-break feed, as {@code GET /calendar/{secret}.ics} serves it: the
 * calendar found by its secret, today's screening assessed again against the journal, the routine
 * planned and six weekly events written with their time zone. Aim under 10 ms warm. Run with
 * bench/handouts.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CalendarFeedBenchmark {
  private ReminderService reminders;
  private String secret;

  @Setup
  public void setUp() throws Exception {
    Clock clock = Clock.systemUTC();
    Services services = Services.of(Catalog.bundled(), RuleBook.bundled(), clock);
    InMemoryJournal journal = new InMemoryJournal();
    reminders =
        new ReminderService(
            services.planning(),
            new IcalCalendarWriter(),
            new InMemoryReminderCalendars(),
            owner -> journal,
            clock);
    try (var in = CalendarFeedBenchmark.class.getResourceAsStream("/answers/clear.json")) {
      services
          .screening()
          .screen(
              Person.withJournal(journal),
              Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
              Set.of());
    }
    secret =
        reminders
            .keep(
                "ana",
                reminders.settings(
                    Person.ANONYMOUS,
                    new ReminderRequest(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("90m"),
                        List.of(),
                        Optional.of("MO-FR"),
                        Optional.of(3),
                        Optional.of("desk"),
                        Optional.empty(),
                        Optional.of("Europe/London"))))
            .secret();
  }

  @Benchmark
  public int feedWithTodaysRoutine() {
    return reminders.feed(secret, "https://limber.example/plan").orElseThrow().length();
  }
}
