package dev.limber.program;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Dose;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Tag;
import dev.limber.catalog.Technique;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.screening.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a program safe to prescribe: only techniques the catalog has, each dose within the
 * catalog's bounds (never a hold over 60 s), the sides its laterality needs, at most one self-crack
 * technique, last, after a stretch, and only when the program allows self-cracking. Every fault is
 * reported with the field and the bad value. Thread-safe.
 */
public final class ProgramRule {
  private final Catalog catalog;

  public ProgramRule(Catalog catalog) {
    this.catalog = catalog;
  }

  /** A program read from its JSON form, or every fault found in it. */
  public record Reading(Optional<Program> program, List<FieldError> errors) {
    public Reading {
      errors = List.copyOf(errors);
      if (program.isPresent() != errors.isEmpty()) {
        throw new IllegalArgumentException("a reading is a program or its faults");
      }
    }
  }

  /**
   * Reads {@code {"title", "items": [{"techniqueId", "holdSeconds", "reps", "sides"}], "frequency":
   * {"timesPerDay", "daysPerWeek"}, "notes", "selfCrackAllowed"}} and checks it.
   */
  public Reading read(Object tree) {
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "(program)", errors);
    root.allowOnly("title", "items", "frequency", "notes", "selfCrackAllowed");
    String title = root.string("title");
    if (title != null && title.length() > Program.MAX_TITLE_LENGTH) {
      root.reject("title", "longer than 100 characters: " + title.length());
    }
    String notes = root.optionalString("notes").orElse("");
    if (notes.length() > Program.MAX_NOTES_LENGTH) {
      root.reject("notes", "longer than 2000 characters: " + notes.length());
    }
    boolean selfCrackAllowed = root.boolOr("selfCrackAllowed", false);
    Fields frequency = root.object("frequency");
    frequency.allowOnly("timesPerDay", "daysPerWeek");
    Integer timesPerDay = frequency.integer("timesPerDay", 1, Frequency.MAX_TIMES_PER_DAY);
    Integer daysPerWeek = frequency.integer("daysPerWeek", 1, 7);
    List<Fields> itemFields = root.objects("items");
    if (root.has("items") && (itemFields.isEmpty() || itemFields.size() > Program.MAX_ITEMS)) {
      root.reject("items", "a program needs 1 to 20 techniques, found " + itemFields.size());
    }
    List<ProgramItem> items = new ArrayList<>();
    for (Fields item : itemFields) {
      item.allowOnly("techniqueId", "holdSeconds", "reps", "sides");
      String techniqueId = item.string("techniqueId");
      Integer holdSeconds = item.integer("holdSeconds", 1, 3600);
      Integer reps = item.integer("reps", 1, 50);
      Integer sides = item.integer("sides", 1, 2);
      if (holdSeconds != null && holdSeconds > Dose.MAX_HOLD_SECONDS) {
        item.reject(
            "holdSeconds", holdSeconds + " s is over 60 s, the longest hold Limber ever asks for");
        holdSeconds = null;
      }
      if (techniqueId != null && holdSeconds != null && reps != null && sides != null) {
        items.add(new ProgramItem(techniqueId, holdSeconds, reps, sides));
      }
    }
    if (!errors.isEmpty()) {
      return new Reading(Optional.empty(), errors);
    }
    Program program =
        new Program(title, items, new Frequency(timesPerDay, daysPerWeek), notes, selfCrackAllowed);
    List<FieldError> faults = check(program);
    return faults.isEmpty()
        ? new Reading(Optional.of(program), List.of())
        : new Reading(Optional.empty(), faults);
  }

  /** Every fault of the program against the catalog; empty when it may be prescribed. */
  public List<FieldError> check(Program program) {
    List<FieldError> errors = new ArrayList<>();
    List<ProgramItem> items = program.items();
    int selfCracks = 0;
    boolean stretchBefore = false;
    for (int index = 0; index < items.size(); index++) {
      ProgramItem item = items.get(index);
      String path = "items[" + index + "]";
      Optional<Technique> found = catalog.find(item.techniqueId());
      if (found.isEmpty()) {
        errors.add(
            new FieldError(
                path + ".techniqueId",
                "no technique " + Json.quote(item.techniqueId()) + " in the catalog"));
        continue;
      }
      Technique technique = found.get();
      checkDose(technique, item, path, errors);
      if (technique.isSelfCrack()) {
        selfCracks++;
        if (!program.selfCrackAllowed()) {
          errors.add(
              new FieldError(
                  path + ".techniqueId",
                  technique.name()
                      + " is a self-crack technique, and the program does not allow"
                      + " self-cracking (selfCrackAllowed is false)"));
        } else if (selfCracks > 1) {
          errors.add(
              new FieldError(
                  path + ".techniqueId", "a program holds at most one self-crack technique"));
        } else if (index != items.size() - 1) {
          errors.add(
              new FieldError(
                  path + ".techniqueId",
                  "the self-crack technique must come last, after a stretch"));
        } else if (!stretchBefore) {
          errors.add(
              new FieldError(
                  path + ".techniqueId", "a self-crack technique needs a stretch before it"));
        }
      }
      stretchBefore |= technique.has(Tag.STRETCH);
    }
    return errors;
  }

  /**
   * The faults of prescribing this program to a person whose latest screening gave {@code verdict}:
   * self-cracks only for a CLEAR verdict, whatever the program allows.
   */
  public List<FieldError> checkFor(Program program, Optional<Verdict> verdict) {
    List<FieldError> errors = new ArrayList<>(check(program));
    for (int index = 0; index < program.items().size(); index++) {
      Optional<Technique> technique = catalog.find(program.items().get(index).techniqueId());
      if (technique.isPresent()
          && technique.get().isSelfCrack()
          && verdict.orElse(Verdict.URGENT) != Verdict.CLEAR) {
        errors.add(
            new FieldError(
                "items[" + index + "].techniqueId",
                technique.get().name()
                    + " is a self-crack technique, and this person's latest screening is "
                    + verdict.map(Verdict::name).orElse("missing")
                    + ", not CLEAR"));
      }
    }
    return errors;
  }

  private static void checkDose(
      Technique technique, ProgramItem item, String path, List<FieldError> errors) {
    Dose dose = technique.dose();
    int expectedSides = technique.laterality() == Laterality.EACH_SIDE ? 2 : 1;
    if (item.sides() != expectedSides) {
      errors.add(
          new FieldError(
              path + ".sides",
              item.sides()
                  + " for "
                  + technique.name()
                  + ", which needs "
                  + expectedSides
                  + (expectedSides == 2 ? " (done on each side)" : " (both sides at once)")));
    }
    switch (dose.kind()) {
      case HOLD -> {
        if (!dose.holdSeconds().contains(item.holdSeconds())) {
          errors.add(
              outside(
                  path + ".holdSeconds", item.holdSeconds(), technique, dose.holdSeconds() + " s"));
        }
        if (!dose.reps().contains(item.reps())) {
          errors.add(outside(path + ".reps", item.reps(), technique, dose.reps() + " repetitions"));
        }
      }
      case REPETITIONS -> {
        if (item.holdSeconds() != dose.secondsPerRep()) {
          errors.add(
              outside(
                  path + ".holdSeconds",
                  item.holdSeconds(),
                  technique,
                  dose.secondsPerRep() + " s per repetition"));
        }
        if (!dose.reps().contains(item.reps())) {
          errors.add(outside(path + ".reps", item.reps(), technique, dose.reps() + " repetitions"));
        }
      }
      case CONTINUOUS, CRACK_ATTEMPT -> {
        if (!dose.durationSeconds().contains(item.holdSeconds())) {
          errors.add(
              outside(
                  path + ".holdSeconds",
                  item.holdSeconds(),
                  technique,
                  dose.durationSeconds() + " s"));
        }
        if (item.reps() != 1) {
          errors.add(outside(path + ".reps", item.reps(), technique, "1 (done once)"));
        }
      }
    }
  }

  private static FieldError outside(String field, int value, Technique technique, String bounds) {
    return new FieldError(
        field, value + " is outside the catalog's " + bounds + " for " + technique.name());
  }
}
