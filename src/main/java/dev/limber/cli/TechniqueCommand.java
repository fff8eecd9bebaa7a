package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Source;
import dev.limber.catalog.Technique;
import dev.limber.catalog.UnknownTechniqueException;
import dev.limber.json.Json;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/** {@code limber technique ID}: everything about one technique. */
public final class TechniqueCommand implements Command {
  private final Supplier<Catalog> catalog;

  public TechniqueCommand(Supplier<Catalog> catalog) {
    this.catalog = catalog;
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
    return List.of(Option.flag("json", "print the full technique object as JSON"));
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
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(technique));
      return ExitCode.OK;
    }
    print(technique, io.out());
    return ExitCode.OK;
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
