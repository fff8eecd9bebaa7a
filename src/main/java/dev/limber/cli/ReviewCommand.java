package dev.limber.cli;

import dev.limber.app.JournalService;
import dev.limber.app.Services;
import dev.limber.journal.Reviewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber review}: records that a physiotherapist, doctor or other professional has seen you
 * and advised exercise (spec/screening.md §2.1). It closes the pain flags open now and, for the
 * review window, stands for a professional assessment in every screening.
 */
public final class ReviewCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;
  private final Clock clock;

  public ReviewCommand(JournalSource journals, Supplier<Services> services, Clock clock) {
    this.journals = journals;
    this.services = services;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "review";
  }

  @Override
  public String summary() {
    return "Record that a physiotherapist or doctor saw you and advised exercise";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("by", "WHO", "who saw you: physiotherapist, doctor or other; required"),
        Option.value("date", "YYYY-MM-DD", "when (default today; never in the future)"),
        Option.value("note", "TEXT", "what they advised (at most 1000 characters)"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    Reviewer by =
        TechniquesCommand.parse(
            Reviewer.class,
            "by",
            arguments
                .value("by")
                .orElseThrow(
                    () ->
                        new UsageException("--by is required: physiotherapist, doctor or other")));
    Optional<LocalDate> date = arguments.value("date").map(ReviewCommand::date);
    String note = arguments.value("note").orElse(null);
    JournalService.Reviewed reviewed;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      reviewed = services.get().journal().review(opened.person(), by, date, note);
    }
    io.wrappedOut()
        .println(
            "Recorded: "
                + Words.enumWords(reviewed.review().by())
                + " seen on "
                + reviewed.review().date()
                + ", exercise advised.");
    int closed = reviewed.closedFlags().size();
    if (closed > 0) {
      io.wrappedOut()
          .println(
              "This closes "
                  + closed
                  + (closed == 1 ? " pain flag." : " pain flags.")
                  + " Screen again before your next session (limber screen).");
    }
    io.wrappedOut()
        .println(
            "For the next "
                + services.get().screening().rules().policy().professionalReviewWeeks()
                + " weeks from that date, screenings count this review: stretches only, no"
                + " self-cracking.");
    return ExitCode.OK;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new UsageException("--date must be a date such as 2026-11-29, found \"" + text + "\"");
    }
  }
}
