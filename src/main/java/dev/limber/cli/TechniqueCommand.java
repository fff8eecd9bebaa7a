package dev.limber.cli;

import dev.limber.catalog.BodySide;
import dev.limber.catalog.Catalog;
import dev.limber.catalog.Illustration;
import dev.limber.catalog.Illustrator;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Source;
import dev.limber.catalog.Technique;
import dev.limber.catalog.UnknownTechniqueException;
import dev.limber.json.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code limber technique ID}: everything about one technique, or its drawing as SVG. */
public final class TechniqueCommand implements Command {
  private final Supplier<Catalog> catalog;
  private final Supplier<Illustrator> illustrator;

  public TechniqueCommand(Supplier<Catalog> catalog, Supplier<Illustrator> illustrator) {
    this.catalog = catalog;
    this.illustrator = illustrator;
  }

  @Override
  public String name() {
    return "technique";
  }

  @Override
  public String summary() {
    return "Show one technique: steps, dose, cautions and sources";
  }

  @Override
  public String parameters() {
    return "ID";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.flag("json", "print the full technique object as JSON"),
        Option.flag("svg", "print the technique's drawing as SVG (its held pose unless --step)"),
        Option.value("step", "N", "with --svg: the step to draw"),
        Option.value("side", "left|right", "with --svg: the side of a one-sided technique"),
        Option.flag("animated", "with --svg: the whole movement, animated"));
  }

  @Override
  public int run(Arguments arguments, Io io) {
    String id = arguments.requirePositional("technique ID");
    Technique technique;
    try {
      technique = catalog.get().require(id);
    } catch (UnknownTechniqueException e) {
      io.err().println("limber technique: no technique with id \"" + id + "\"");
      io.err().println("Did you mean: " + String.join(", ", e.suggestions()) + "?");
      io.err().println("'limber techniques' lists them all.");
      return ExitCode.NOT_FOUND;
    }
    if (arguments.flag("svg")) {
      io.out().print(svg(technique, arguments));
      return ExitCode.OK;
    }
    if (arguments.flag("step") || arguments.flag("side") || arguments.flag("animated")) {
      throw new UsageException("--step, --side and --animated go with --svg");
    }
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(technique));
      return ExitCode.OK;
    }
    print(technique, io.wrappedOut());
    return ExitCode.OK;
  }

  private String svg(Technique technique, Arguments arguments) {
    Illustration illustration =
        technique
            .findIllustration()
            .orElseThrow(() -> new UsageException(technique.id() + " has no drawing"));
    boolean animated = arguments.flag("animated");
    if (animated && arguments.flag("step")) {
      throw new UsageException("--animated draws every step: leave --step out");
    }
    Integer step =
        animated
            ? null
            : arguments
                .integer("step", 1, technique.steps().size())
                .orElse(illustration.holdStep());
    Optional<BodySide> side = side(arguments.value("side"), illustration);
    illustration
        .problemWith(step, side)
        .ifPresent(
            problem -> {
              throw new UsageException("--svg: " + problem);
            });
    return animated
        ? illustrator.get().animation(technique, side)
        : illustrator.get().still(technique, step, side);
  }

  /** The side asked for; a one-sided technique without one is drawn for the side its data shows. */
  private static Optional<BodySide> side(Optional<String> asked, Illustration illustration) {
    if (asked.isEmpty()) {
      return illustration.drawnSide();
    }
    return switch (asked.get().toLowerCase(Locale.ROOT)) {
      case "left" -> Optional.of(BodySide.LEFT);
      case "right" -> Optional.of(BodySide.RIGHT);
      default ->
          throw new UsageException("--side must be left or right, found \"" + asked.get() + "\"");
    };
  }

  private static void print(Technique technique, PrintStream out) {
    out.println(technique.name() + "  (" + technique.id() + ")");
    out.println(technique.summary());
    if (!technique.aliases().isEmpty()) {
      out.println("Also called: " + String.join(", ", technique.aliases()));
    }
    out.println();
    out.println(
        "Kind:       "
            + Words.modality(technique.modality())
            + ", "
            + Words.enumWords(technique.difficulty()));
    out.println("Works on:   " + Words.enumWords(technique.region()));
    out.println(
        "Dose:       "
            + technique.dose().describe()
            + (technique.laterality() == Laterality.EACH_SIDE ? ", on each side equally" : ""));
    out.println(
        "Needs:      "
            + String.join(
                ", ", technique.equipment().stream().sorted().map(Words::enumWords).toList()));
    out.println(
        "Where:      "
            + String.join(
                ", ", technique.settings().stream().sorted().map(Words::enumWords).toList()));
    out.println(
        "Tags:       "
            + String.join(" ", technique.sortedTags().stream().map(Enum::name).toList()));
    if (!technique.enabledByDefault()) {
      out.println("Off by default: routines leave it out unless you turn it on.");
    }
    section(out, "Before you start", technique.preconditions(), false);
    section(out, "Steps", technique.steps(), true);
    section(out, "What to feel", technique.cues(), false);
    section(out, "When to stop", technique.stopRules(), false);
    section(out, "Cautions", technique.cautions(), false);
    // The curation notes are for whoever maintains the catalog (they name seed files); --json has
    // them.
    out.println();
    out.println("Sources:");
    for (Source source : technique.sources()) {
      out.println("  - " + Words.cite(source));
    }
  }

  private static void section(PrintStream out, String title, List<String> lines, boolean numbered) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(title + ":");
    for (int index = 0; index < lines.size(); index++) {
      out.println((numbered ? String.format("  %d. ", index + 1) : "  - ") + lines.get(index));
    }
  }
}
