package dev.limber.cli;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.json.Json;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** {@code limber techniques}: the catalog as a table or as JSON, optionally filtered. */
public final class TechniquesCommand implements Command {
  private final Supplier<Catalog> catalog;

  public TechniquesCommand(Supplier<Catalog> catalog) {
    this.catalog = catalog;
  }

  @Override
  public String name() {
    return "techniques";
  }

  @Override
  public String summary() {
    return "List every technique in the catalog";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.values(
            "tag", "TAG", "only techniques carrying every given tag (STRETCH, SEATED, ...)"),
        Option.value(
            "equipment", "E", "only techniques that need nothing beyond E (CHAIR, NONE, ...)"),
        Option.flag("json", "print a JSON array of full technique objects"));
  }

  @Override
  public int run(Arguments arguments, Io io) {
    arguments.noPositionals();
    Set<Tag> tags = EnumSet.noneOf(Tag.class);
    for (String tag : arguments.all("tag")) {
      tags.add(parse(Tag.class, "tag", tag));
    }
    Optional<Equipment> equipment =
        arguments.value("equipment").map(text -> parse(Equipment.class, "equipment", text));
    List<Technique> techniques =
        catalog.get().techniques().stream()
            .filter(technique -> technique.tags().containsAll(tags))
            .filter(
                technique ->
                    equipment.isEmpty() || technique.canBeDoneWith(EnumSet.of(equipment.get())))
            .toList();
    if (arguments.flag("json")) {
      io.out().println(Json.pretty(techniques));
      return ExitCode.OK;
    }
    printTable(techniques, io);
    return ExitCode.OK;
  }

  static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
    String code = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code)) {
        return constant;
      }
    }
    throw new UsageException(
        "--"
            + option
            + ": unknown value \""
            + text
            + "\"; allowed: "
            + String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList()));
  }

  private static void printTable(List<Technique> techniques, Io io) {
    if (techniques.isEmpty()) {
      io.out().println("No technique matches those filters.");
      return;
    }
    Table table = new Table("ID", "NAME", "KIND", "REGION", "DOSE", "EQUIPMENT");
    for (Technique technique : techniques) {
      table.row(
          technique.id(),
          technique.name(),
          Words.modality(technique.modality()),
          Words.enumWords(technique.region()),
          technique.dose().describe()
              + (technique.laterality().name().equals("EACH_SIDE") ? " each side" : ""),
          String.join(
              ", ", technique.equipment().stream().sorted().map(Words::enumWords).toList()));
    }
    table.print(io.out());
    io.out().println();
    io.out()
        .println(
            techniques.size()
                + " techniques. Self-crack ones are offered only when screening says CLEAR, after a"
                + " warm-up.");
    io.out().println("Details: limber technique ID");
  }
}
