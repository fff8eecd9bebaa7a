package dev.limber.catalog;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalog file (docs/catalog-format.md) and validates all of it, throwing {@link
 * InvalidCatalogException} with every fault, each naming the technique and field.
 */
public final class CatalogReader {
  public static final int FORMAT_VERSION = 1;

  private CatalogReader() {}

  /** Reads a catalog from the classpath, with the drawings found beside it. */
  public static Catalog readResource(String resource) {
    String folder = resource.substring(0, resource.lastIndexOf('/') + 1) + "illustrations/";
    IllustrationFiles beside = IllustrationFiles.classpath(folder);
    return readResource(resource, new IllustrationFiles(beside.lookup(), false, false));
  }

  /** Reads a catalog from the classpath with its drawings from {@code illustrations}. */
  public static Catalog readResource(String resource, IllustrationFiles illustrations) {
    try (InputStream in = CatalogReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + resource);
      }
      return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), illustrations);
    } catch (IOException e) {
      throw new UncheckedIOException("read catalog " + resource, e);
    }
  }

  /** Reads catalog text without drawings; {@code file} names it in errors. */
  public static Catalog read(String file, String text) {
    return read(file, text, IllustrationFiles.NONE);
  }

  /**
   * Reads catalog text and each technique's illustration from {@code illustrations}; {@code file}
   * names the catalog in errors, {@code illustration} the drawing's part of a technique.
   */
  public static Catalog read(String file, String text, IllustrationFiles illustrations) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw new InvalidCatalogException(file, List.of(new FieldError("(file)", e.getMessage())));
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "(file)", errors);
    root.allowOnly("formatVersion", "generalGuidance", "techniques");
    Integer version = root.integer("formatVersion", FORMAT_VERSION, FORMAT_VERSION);
    List<Guidance> guidance = new ArrayList<>();
    for (Fields item : root.objects("generalGuidance")) {
      item.allowOnly("text", "sources", "aboutSelfCracking");
      String text1 = item.string("text");
      List<Source> sources = sources(item);
      boolean aboutSelfCracking = item.boolOr("aboutSelfCracking", false);
      if (text1 != null && !sources.isEmpty()) {
        guidance.add(new Guidance(text1, sources, aboutSelfCracking));
      }
    }
    List<Technique> techniques = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    MessageDigest digest = sha256();
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    List<Object> items = root.array("techniques");
    for (int index = 0; index < items.size(); index++) {
      List<FieldError> techniqueErrors = new ArrayList<>();
      Technique technique = technique(items.get(index), techniqueErrors);
      if (technique != null) {
        technique = illustrated(technique, illustrations, techniqueErrors, digest);
      }
      String label = "techniques[" + index + "]" + idLabel(items.get(index));
      for (FieldError error : techniqueErrors) {
        errors.add(new FieldError(label + "." + error.field(), error.message()));
      }
      if (technique != null && !ids.add(technique.id())) {
        errors.add(new FieldError(label + ".id", "duplicate id " + Json.quote(technique.id())));
      }
      if (technique != null) {
        techniques.add(technique);
      }
    }
    if (items.isEmpty() && root.has("techniques")) {
      errors.add(new FieldError("techniques", "must list at least one technique"));
    }
    if (!errors.isEmpty() || version == null) {
      throw new InvalidCatalogException(file, errors);
    }
    return new Catalog(techniques, guidance, HexFormat.of().formatHex(digest.digest(), 0, 8));
  }

  private static Technique illustrated(
      Technique technique,
      IllustrationFiles illustrations,
      List<FieldError> errors,
      MessageDigest digest) {
    Optional<String> text = illustrations.lookup().apply(technique.id());
    text.ifPresent(drawing -> digest.update(drawing.getBytes(StandardCharsets.UTF_8)));
    if (text.isEmpty()) {
      if (illustrations.required()) {
        errors.add(
            new FieldError(
                "illustration",
                "no illustration file illustrations/"
                    + technique.id()
                    + ".json: every step is drawn"));
      }
      return technique;
    }
    if (illustrations.deferred()) {
      return technique.withDrawing(
          DrawingFile.deferred(
              technique, text.get(), illustrations.summaries().apply(technique.id())));
    }
    List<FieldError> drawingErrors = new ArrayList<>();
    Illustration illustration = IllustrationReader.read(text.get(), technique, drawingErrors);
    for (FieldError error : drawingErrors) {
      errors.add(
          new FieldError(
              "illustration(illustrations/" + technique.id() + ".json)." + error.field(),
              error.message()));
    }
    return illustration == null ? technique : technique.withIllustration(illustration);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String idLabel(Object item) {
    if (item instanceof java.util.Map<?, ?> map && map.get("id") instanceof String id) {
      return " \"" + id + "\"";
    }
    return "";
  }

  private static Technique technique(Object tree, List<FieldError> errors) {
    Fields fields = Fields.root(tree, "(technique)", errors);
    fields.allowOnly(
        "id",
        "name",
        "aliases",
        "summary",
        "tags",
        "region",
        "equipment",
        "settings",
        "laterality",
        "dose",
        "steps",
        "cues",
        "stopRules",
        "cautions",
        "preconditions",
        "difficulty",
        "enabledByDefault",
        "sources",
        "curationNotes",
        "illustration");
    String id = fields.string("id");
    if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      fields.reject("id", "must be kebab-case (a-z, 0-9, single hyphens), found " + Json.quote(id));
    }
    Object rawTags = tree instanceof java.util.Map<?, ?> map ? map.get("tags") : null;
    Set<Tag> tags = tags(fields, rawTags);
    Dose dose = dose(fields.object("dose"), tags);
    Set<Equipment> equipment = fields.enumSet("equipment", Equipment.class);
    if (equipment.isEmpty() && fields.has("equipment")) {
      fields.reject("equipment", "must name NONE or the items needed");
    } else if (equipment.contains(Equipment.NONE) && equipment.size() > 1) {
      fields.reject("equipment", "NONE cannot be combined with other items: " + equipment);
    }
    Set<Setting> settings = fields.enumSet("settings", Setting.class);
    if (settings.isEmpty() && fields.has("settings")) {
      fields.reject("settings", "must name at least one of DESK, HOME, BED");
    }
    if (tree instanceof java.util.Map<?, ?> map && map.get("illustration") != null) {
      fields.reject("illustration", "must be null until illustrations exist");
    }
    return new Builder(fields).build(id, tags, dose, equipment, settings);
  }

  /** Collects the remaining plain fields and builds the record once no error was recorded. */
  private static final class Builder {
    private final Fields fields;

    Builder(Fields fields) {
      this.fields = fields;
    }

    Technique build(
        String id, Set<Tag> tags, Dose dose, Set<Equipment> equipment, Set<Setting> settings) {
      String name = fields.string("name");
      List<String> aliases = fields.strings("aliases");
      String summary = fields.string("summary");
      Region region = fields.enumValue("region", Region.class);
      Laterality laterality = fields.enumValue("laterality", Laterality.class);
      List<String> steps = nonEmpty("steps");
      List<String> cues = fields.strings("cues");
      List<String> stopRules = nonEmpty("stopRules");
      List<String> cautions = fields.strings("cautions");
      List<String> preconditions = fields.strings("preconditions");
      Difficulty difficulty = fields.enumValue("difficulty", Difficulty.class);
      Boolean enabledByDefault = fields.bool("enabledByDefault");
      List<Source> sources = sources(fields);
      List<String> curationNotes = fields.strings("curationNotes");
      if (!fields.errors().isEmpty()) {
        return null;
      }
      return new Technique(
          id,
          name,
          aliases,
          summary,
          tags,
          region,
          equipment,
          settings,
          laterality,
          dose,
          steps,
          cues,
          stopRules,
          cautions,
          preconditions,
          difficulty,
          enabledByDefault,
          sources,
          curationNotes);
    }

    private List<String> nonEmpty(String name) {
      List<String> values = fields.strings(name);
      if (values.isEmpty() && fields.has(name)) {
        fields.reject(name, "must not be empty");
      }
      return values;
    }
  }

  private static Set<Tag> tags(Fields fields, Object raw) {
    if (raw instanceof List<?> codes) {
      for (int index = 0; index < codes.size(); index++) {
        if (codes.get(index) instanceof String code && Tag.FORBIDDEN.contains(code)) {
          fields.reject(
              "tags[" + index + "]",
              code
                  + " techniques are never offered: no neck cracking, and only a physiotherapist"
                  + " or chiropractor should crack someone else's back (002)");
          return Set.of();
        }
      }
    }
    Set<Tag> tags = fields.enumSet("tags", Tag.class);
    long modalities = tags.stream().filter(Tag.MODALITIES::contains).count();
    if (fields.has("tags") && modalities != 1 && fields.errors().isEmpty()) {
      fields.reject(
          "tags", "must carry exactly one of SELF_CRACK, STRETCH, SELF_MASSAGE, found " + tags);
    }
    return tags;
  }

  private static Dose dose(Fields dose, Set<Tag> tags) {
    DoseKind kind = dose.enumValue("kind", DoseKind.class);
    if (kind == null) {
      return null;
    }
    boolean selfCrack = tags.contains(Tag.SELF_CRACK);
    if (selfCrack && kind != DoseKind.CRACK_ATTEMPT) {
      dose.reject(
          "kind",
          "a SELF_CRACK technique is one slow attempt (CRACK_ATTEMPT), never a " + kind + " dose");
      return null;
    }
    if (!selfCrack && kind == DoseKind.CRACK_ATTEMPT && !tags.isEmpty()) {
      dose.reject("kind", "CRACK_ATTEMPT is only for SELF_CRACK techniques");
      return null;
    }
    int before = dose.errors().size();
    Dose result =
        switch (kind) {
          case HOLD -> {
            dose.allowOnly("kind", "holdSeconds", "reps");
            Range hold = range(dose, "holdSeconds", 1, Dose.MAX_HOLD_SECONDS);
            Range reps = range(dose, "reps", 1, 20);
            yield hold == null || reps == null ? null : Dose.hold(hold, reps);
          }
          case REPETITIONS -> {
            dose.allowOnly("kind", "reps", "secondsPerRep");
            Range reps = range(dose, "reps", 1, 30);
            Integer secondsPerRep = dose.integer("secondsPerRep", 1, 30);
            yield reps == null || secondsPerRep == null
                ? null
                : Dose.repetitions(reps, secondsPerRep);
          }
          case CONTINUOUS -> {
            dose.allowOnly("kind", "durationSeconds");
            Range duration = range(dose, "durationSeconds", 1, 600);
            yield duration == null ? null : Dose.continuous(duration);
          }
          case CRACK_ATTEMPT -> {
            dose.allowOnly("kind", "durationSeconds");
            Range duration = range(dose, "durationSeconds", 1, 120);
            yield duration == null ? null : Dose.crackAttempt(duration);
          }
        };
    return dose.errors().size() == before ? result : null;
  }

  private static Range range(Fields dose, String name, int lowest, int highest) {
    Fields range = dose.object(name);
    range.allowOnly("min", "max");
    Integer min = range.integer("min", lowest, highest);
    Integer max = range.integer("max", lowest, highest);
    if (min == null || max == null) {
      return null;
    }
    if (min > max) {
      dose.reject(name, "min " + min + " is above max " + max);
      return null;
    }
    return new Range(min, max);
  }

  private static List<Source> sources(Fields fields) {
    List<Source> sources = new ArrayList<>();
    List<Fields> items = fields.objects("sources");
    if (items.isEmpty() && fields.has("sources")) {
      fields.reject("sources", "must cite at least one source (a seed file or a guideline)");
    }
    for (Fields source : items) {
      source.allowOnly("document", "section", "reference");
      String document = source.string("document");
      String section = source.string("section");
      String reference = source.optionalString("reference").orElse(null);
      if (document != null && section != null) {
        sources.add(new Source(document, section, reference));
      }
    }
    return sources;
  }
}
