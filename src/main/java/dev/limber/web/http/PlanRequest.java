package dev.limber.web.http;

import dev.limber.app.Person;
import dev.limber.app.Services;
import dev.limber.catalog.Equipment;
import dev.limber.catalog.Region;
import dev.limber.catalog.Setting;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.planning.AskedPreferences;
import dev.limber.planning.Preferences;
import dev.limber.screening.InvalidAnswers;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The preferences of a plan request as {@code POST /api/plans} takes them, read the same way by
 * every route that plans: the API, the plan page, the player and the handout forms (whose {@code
 * answers} and {@code preferences} fields carry the two parts as JSON text).
 */
public final class PlanRequest {
  /** The answers tree, the preferences, and what the route read besides. */
  public record Parsed<T>(Object answers, Preferences preferences, T extra) {}

  private final Services services;
  private final Clock clock;

  public PlanRequest(Services services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  /** Reads a body with no fields besides answers and preferences. */
  /**
   * The JSON body of a request that carries answers; a body that is not JSON is refused as invalid
   * answers are, with the emergency notice (spec §6), as the screening refuses it.
   */
  public static Object readBody(Context context) {
    try {
      return Bodies.readJson(context, Bodies.LIMIT_BYTES);
    } catch (ProblemException refused) {
      if (refused.problem().status() != 400) {
        throw refused;
      }
      throw Problem.invalidAnswers(new InvalidAnswers(refused.problem().errors())).exception();
    }
  }

  public Parsed<Void> read(Person person, Object body) {
    return read(person, body, List.of(), fields -> null);
  }

  /**
   * Reads answers and preferences, and with {@code extra} the route's own {@code extraFields} of
   * the same body; throws 400 naming every bad field, the answers' own problems included.
   */
  public <T> Parsed<T> read(
      Person person, Object body, List<String> extraFields, Function<Fields, T> extra) {
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(body, "(body)", errors);
    List<String> allowed = new ArrayList<>(List.of("answers", "preferences"));
    allowed.addAll(extraFields);
    root.allowOnly(allowed.toArray(String[]::new));
    if (!root.has("answers")) {
      root.reject("answers", "is required: the screening answers of docs/answers-format.md");
    }
    Preferences preferences =
        root.optionalObject("preferences")
            .map(fields -> preferences(fields, person))
            .orElseGet(() -> defaults(person));
    T extraValue = extra.apply(root);
    Object answers = body instanceof Map<?, ?> tree ? tree.get("answers") : null;
    if (!errors.isEmpty() || preferences == null) {
      if (root.has("answers")) {
        services
            .screening()
            .rejection(person, answers)
            .ifPresent(rejection -> errors.addAll(prefixed(rejection)));
      }
      throw Problem.invalidAnswers(new InvalidAnswers(errors)).exception();
    }
    return new Parsed<>(answers, preferences, extraValue);
  }

  /**
   * The plan page's form as the body of {@code /api/plans}: its {@code answers} and {@code
   * preferences} fields parsed from JSON text (a field that is not JSON is named), with the route's
   * own {@code extraFields} as plain text.
   */
  public static Map<String, Object> formBody(Context context, List<String> extraFields) {
    Map<String, Object> body = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (String name : List.of("answers", "preferences")) {
      String text = context.formParam(name);
      if (text == null || text.isBlank()) {
        continue;
      }
      try {
        body.put(name, Json.parse(text));
      } catch (JsonSyntaxException e) {
        errors.add(new FieldError(name, "is not JSON text: " + e.getMessage()));
      }
    }
    for (String name : extraFields) {
      String text = context.formParam(name);
      if (text != null && !text.isBlank()) {
        body.put(name, text);
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalidFields(errors).exception();
    }
    return body;
  }

  public static List<FieldError> prefixed(InvalidAnswers rejection) {
    return rejection.errors().stream()
        .map(error -> new FieldError("answers." + error.field(), error.message()))
        .toList();
  }

  /** The answers tree and the preferences of a form's two JSON fields. */
  public record Form(Object answers, Preferences preferences) {}

  /**
   * Reads a form's {@code answers} and {@code preferences} fields (JSON text); throws {@link
   * dev.limber.app.InvalidInput} naming every field that is missing or wrong (the answers
   * themselves are checked by the screening).
   */
  public Form fromForm(Person person, String answersText, String preferencesText) {
    List<FieldError> errors = new ArrayList<>();
    Object answers = parsed("answers", answersText, errors);
    Object preferences = parsed("preferences", preferencesText, errors);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("preferences", preferences);
    Preferences read = null;
    if (errors.isEmpty()) {
      Fields root = Fields.root(body, "(form)", errors);
      read = preferences(root.object("preferences"), person);
    }
    if (!errors.isEmpty() || read == null) {
      throw new dev.limber.app.InvalidInput(errors);
    }
    return new Form(answers, read);
  }

  private static Object parsed(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "is required (JSON text)"));
      return null;
    }
    try {
      return Json.parse(text);
    } catch (JsonSyntaxException e) {
      errors.add(new FieldError(field, "is not JSON: " + e.getMessage()));
      return null;
    }
  }

  /**
   * The preferences given, each part left out filled from the person's last choice by the planning
   * service. Null when a field is wrong (its error is in {@code fields.errors()}).
   */
  public Preferences preferences(Fields fields, Person person) {
    int errorsBefore = fields.errors().size();
    fields.allowOnly("minutes", "place", "equipment", "crack", "focus", "seed", "enable", "noWall");
    AskedPreferences asked =
        new AskedPreferences(
            fields.has("minutes")
                ? Optional.ofNullable(
                    fields.integer("minutes", Preferences.MIN_MINUTES, Preferences.MAX_MINUTES))
                : Optional.empty(),
            fields.has("place")
                ? Optional.ofNullable(fields.enumValue("place", Setting.class))
                : Optional.empty(),
            fields.has("equipment")
                ? Optional.of(fields.enumSetOr("equipment", Equipment.class))
                : Optional.empty(),
            fields.boolOr("crack", false),
            fields.has("focus")
                ? Optional.ofNullable(fields.enumValue("focus", Region.class))
                : Optional.empty(),
            fields.has("seed")
                ? OptionalLong.of(fields.integerOr("seed", 0, Integer.MAX_VALUE, 0))
                : OptionalLong.empty(),
            fields.has("enable") ? fields.strings("enable") : List.of(),
            fields.boolOr("noWall", false));
    if (fields.errors().size() > errorsBefore) {
      return null;
    }
    AskedPreferences.Filled filled = services.planning().preferences(person, asked);
    filled.errors().forEach(error -> fields.reject(error.field(), error.message()));
    return filled.preferences().orElse(null);
  }

  /** The preferences of a request that gives none: the person's last choice, or ten at home. */
  public Preferences defaults(Person person) {
    return services.planning().defaultPreferences(person);
  }

  /** Preferences as the JSON object {@link #preferences} reads back to the same preferences. */
  public static Map<String, Object> json(Preferences preferences) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("minutes", preferences.minutes());
    json.put("place", preferences.place().name());
    json.put("equipment", preferences.equipment().stream().map(Enum::name).sorted().toList());
    json.put("crack", preferences.crackWanted());
    if (preferences.focus() != null) {
      json.put("focus", preferences.focus().name());
    }
    json.put("seed", preferences.seed());
    if (preferences.notAtHand().contains(Equipment.WALL)) {
      json.put("noWall", true);
    }
    if (!preferences.enabledOnRequest().isEmpty()) {
      json.put("enable", preferences.enabledOnRequest().stream().sorted().toList());
    }
    return json;
  }

  // The planning service's default seed: the same routine all day, a different one tomorrow.
  public long today() {
    return LocalDate.now(clock).toEpochDay();
  }
}
