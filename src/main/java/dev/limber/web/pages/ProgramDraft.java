package dev.limber.web.pages;

import dev.limber.catalog.Catalog;
import dev.limber.catalog.Dose;
import dev.limber.catalog.Laterality;
import dev.limber.catalog.Technique;
import dev.limber.program.Program;
import dev.limber.program.ProgramItem;
import io.javalin.http.Context;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program being written in the builder, carried in the form between posts: the program's fields
 * as typed, the chosen techniques in order and each one's typed dose. The buttons of the builder
 * (add, move up, move down, remove) change it and the page shows it again; nothing is stored until
 * it is saved.
 */
final class ProgramDraft {
  static final List<String> FIELDS =
      List.of("title", "notes", "timesPerDay", "daysPerWeek", "selfCrackAllowed");

  private final Map<String, String> form;
  private final List<String> chosen;
  private final Map<String, String> doses;

  private ProgramDraft(Map<String, String> form, List<String> chosen, Map<String, String> doses) {
    this.form = form;
    this.chosen = chosen;
    this.doses = doses;
  }

  /** A new program: nothing chosen, once a day, five days a week. */
  static ProgramDraft blank() {
    return new ProgramDraft(
        new HashMap<>(Map.of("timesPerDay", "1", "daysPerWeek", "5")),
        new ArrayList<>(),
        new HashMap<>());
  }

  /** The saved program, to change it. */
  static ProgramDraft of(Program program) {
    ProgramDraft draft = blank();
    draft.form.put("title", program.title());
    draft.form.put("notes", program.notes());
    draft.form.put("timesPerDay", Integer.toString(program.frequency().timesPerDay()));
    draft.form.put("daysPerWeek", Integer.toString(program.frequency().daysPerWeek()));
    draft.form.put("selfCrackAllowed", Boolean.toString(program.selfCrackAllowed()));
    for (ProgramItem item : program.items()) {
      draft.chosen.add(item.techniqueId());
      draft.doses.put("hold-" + item.techniqueId(), Integer.toString(item.holdSeconds()));
      draft.doses.put("reps-" + item.techniqueId(), Integer.toString(item.reps()));
    }
    return draft;
  }

  /** The draft a builder form posted; techniques the catalog does not have are dropped. */
  static ProgramDraft posted(Context context, Catalog catalog) {
    ProgramDraft draft = blank();
    for (String field : FIELDS) {
      Optional.ofNullable(context.formParam(field))
          .ifPresent(value -> draft.form.put(field, value));
    }
    if (context.formParam("selfCrackAllowed") == null) {
      draft.form.put("selfCrackAllowed", "false");
    }
    for (String id : context.formParams("item")) {
      if (catalog.find(id).isPresent() && !draft.chosen.contains(id)) {
        draft.chosen.add(id);
        for (String prefix : List.of("hold-", "reps-")) {
          Optional.ofNullable(context.formParam(prefix + id))
              .ifPresent(value -> draft.doses.put(prefix + id, value));
        }
      }
    }
    return draft;
  }

  /**
   * Applies one builder button, {@code add:ID}, {@code up:ID}, {@code down:ID} or {@code
   * remove:ID}; anything else (the refresh after a drag) changes nothing.
   */
  void apply(String action, Catalog catalog) {
    if (action == null || action.indexOf(':') < 0) {
      return;
    }
    String verb = action.substring(0, action.indexOf(':'));
    String id = action.substring(action.indexOf(':') + 1);
    int index = chosen.indexOf(id);
    switch (verb) {
      case "add" -> {
        Optional<Technique> technique = catalog.find(id);
        if (technique.isPresent() && index < 0 && chosen.size() < Program.MAX_ITEMS) {
          ProgramItem smallest = smallest(technique.get());
          chosen.add(id);
          doses.put("hold-" + id, Integer.toString(smallest.holdSeconds()));
          doses.put("reps-" + id, Integer.toString(smallest.reps()));
        }
      }
      case "up" -> {
        if (index > 0) {
          chosen.add(index - 1, chosen.remove(index));
        }
      }
      case "down" -> {
        if (index >= 0 && index < chosen.size() - 1) {
          chosen.add(index + 1, chosen.remove(index));
        }
      }
      case "remove" -> {
        if (index >= 0) {
          chosen.remove(index);
        }
      }
      default -> {}
    }
  }

  Map<String, String> form() {
    return form;
  }

  List<String> chosen() {
    return List.copyOf(chosen);
  }

  String dose(String field, String techniqueId) {
    return doses.getOrDefault(field + "-" + techniqueId, "");
  }

  /** The program document the authoring use case reads, numbers as its JSON reader sees them. */
  Map<String, Object> document(Catalog catalog) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("title", form.getOrDefault("title", ""));
    // Notes are optional: a blank box means none, which the reader takes as a missing member.
    if (!form.getOrDefault("notes", "").isBlank()) {
      document.put("notes", form.get("notes"));
    }
    document.put("selfCrackAllowed", "true".equals(form.get("selfCrackAllowed")));
    Map<String, Object> frequency = new LinkedHashMap<>();
    frequency.put("timesPerDay", number(form.get("timesPerDay")));
    frequency.put("daysPerWeek", number(form.get("daysPerWeek")));
    document.put("frequency", frequency);
    document.put("items", items(catalog));
    return document;
  }

  /** The chosen items alone, for a preview of one session. */
  Map<String, Object> previewDocument(Catalog catalog) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("items", items(catalog));
    document.put("selfCrackAllowed", "true".equals(form.get("selfCrackAllowed")));
    return document;
  }

  private List<Object> items(Catalog catalog) {
    List<Object> items = new ArrayList<>();
    for (String id : chosen) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("techniqueId", id);
      item.put("holdSeconds", number(doses.get("hold-" + id)));
      item.put("reps", number(doses.get("reps-" + id)));
      item.put("sides", BigInteger.valueOf(sidesOf(catalog.find(id).orElseThrow())));
      items.add(item);
    }
    return items;
  }

  static int sidesOf(Technique technique) {
    return technique.laterality() == Laterality.EACH_SIDE ? 2 : 1;
  }

  /** The smallest dose the catalog allows, which a technique starts with when it is added. */
  static ProgramItem smallest(Technique technique) {
    Dose dose = technique.dose();
    int sides = sidesOf(technique);
    return switch (dose.kind()) {
      case HOLD ->
          new ProgramItem(technique.id(), dose.holdSeconds().min(), dose.reps().min(), sides);
      case REPETITIONS ->
          new ProgramItem(technique.id(), dose.secondsPerRep(), dose.reps().min(), sides);
      case CONTINUOUS, CRACK_ATTEMPT ->
          new ProgramItem(technique.id(), dose.durationSeconds().min(), 1, sides);
    };
  }

  /** A form's number as the JSON reader sees one; anything else stays text and is named by it. */
  private static Object number(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new BigInteger(text.trim());
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
