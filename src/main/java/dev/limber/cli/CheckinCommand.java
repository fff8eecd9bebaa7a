package dev.limber.cli;

import dev.limber.app.JournalService;
import dev.limber.app.Services;
import dev.limber.journal.CheckIn;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/** {@code limber checkin}: keeps today's pain score, and a crack done outside a session. */
public final class CheckinCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;
  private final Clock clock;

  public CheckinCommand(JournalSource journals, Supplier<Services> services, Clock clock) {
    this.journals = journals;
    this.services = services;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "checkin";
  }

  @Override
  public String summary() {
    return "Record how your back feels now (pain 0–10), and any crack outside a session";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("pain", "N", "pain right now, 0 (none) to 10 (worst imaginable); required"),
        Option.flag("cracked", "you cracked your back outside a guided session"),
        Option.value("note", "TEXT", "a short note (at most 1000 characters)"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    int pain =
        arguments
            .integer("pain", 0, 10)
            .orElseThrow(() -> new UsageException("--pain is required: a whole number 0–10"));
    String note = arguments.value("note").orElse(null);
    JournalService.CheckedIn checkedIn;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      checkedIn =
          services.get().journal().checkIn(opened.person(), pain, arguments.flag("cracked"), note);
    }
    CheckIn checkIn = checkedIn.checkIn();
    io.out()
        .println(
            "Checked in: pain "
                + pain
                + "/10"
                + (checkIn.cracked() ? " and a crack" : "")
                + ", at "
                + LocalTime.ofInstant(checkIn.at(), clock.getZone())
                    .format(DateTimeFormatter.ofPattern("HH:mm"))
                + ".");
    io.out().flush();
    checkedIn.cracking().ifPresent(status -> JournalReport.printCracking(status, io.out()));
    JournalReport.printFlags(checkedIn.openFlags(), clock.getZone(), io.out());
    return ExitCode.OK;
  }
}
