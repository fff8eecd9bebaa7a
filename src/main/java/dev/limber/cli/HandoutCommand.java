package dev.limber.cli;

import dev.limber.app.HandoutService;
import dev.limber.app.Paper;
import dev.limber.planning.Plan;
import dev.limber.screening.SafetyWords;
import dev.limber.session.PlannedSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code limber handout}: screens and plans as {@code limber plan} does, then writes the routine
 * with its safety texts as a printable PDF.
 */
public final class HandoutCommand implements Command {
  private final SessionPlanning planning;
  private final Supplier<HandoutService> handouts;

  public HandoutCommand(SessionPlanning planning, Supplier<HandoutService> handouts) {
    this.planning = planning;
    this.handouts = handouts;
  }

  @Override
  public String name() {
    return "handout";
  }

  @Override
  public String summary() {
    return "Screen, plan, and write the routine with its safety advice as a printable PDF";
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>();
    options.add(Option.value("out", "FILE", "the PDF file to write; required"));
    options.add(Option.value("paper", "a4|letter", "the paper size (default a4)"));
    options.add(Option.flag("force", "replace FILE if it already exists"));
    RoutineOptions.OPTIONS.stream()
        .filter(option -> !option.equals(RoutineOptions.JSON))
        .forEach(options::add);
    return options;
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    Path out = OutputFile.required(arguments);
    Paper paper = paper(arguments);
    Optional<PlannedSession> planned;
    try (JournalSource.Opened opened = planning.openJournal(arguments)) {
      planned = planning.plan(arguments, io, opened.person(), name());
    }
    if (planned.isEmpty()) {
      return ExitCode.INVALID_INPUT;
    }
    byte[] document = handouts.get().print(planned.get(), paper, Optional.empty());
    Files.write(out, document);
    int steps = planned.get().plan().findRoutine().map(routine -> routine.steps().size()).orElse(0);
    io.out().println(written(out, paper, document, planned.get().plan()));
    return ExitCode.OK;
  }

  /** {@code --paper}: a4 (the default) or letter. */
  static Paper paper(Arguments arguments) {
    try {
      return arguments.value("paper").map(Paper::parse).orElse(Paper.A4);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage());
    }
  }

  /** The line that says what was written: where, paper, size, verdict and steps. */
  static String written(Path out, Paper paper, byte[] document, Plan plan) {
    int steps = plan.findRoutine().map(routine -> routine.steps().size()).orElse(0);
    return "Handout written to "
        + out
        + " ("
        + (paper == Paper.A4 ? "A4" : "US Letter")
        + ", "
        + document.length / 1024
        + " KB): "
        + SafetyWords.bundled().name(plan.verdict())
        + (steps == 0 ? ", no routine" : ", " + steps + (steps == 1 ? " step" : " steps"))
        + ".";
  }
}
