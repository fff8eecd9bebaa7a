package dev.limber.journal;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import dev.limber.json.JsonValue;
import dev.limber.screening.Verdict;
import dev.limber.session.SessionRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The versioned JSON form of a whole journal, as {@code limber export} writes it and {@code limber
 * import} reads it: {@code {"format": "limber-journal", "version": 2, "exportedAt", "checkIns",
 * "sessions", "screenings", "reviews"}}; version 1 (without reviews) is still read. Reading
 * validates every entry and reports every error with its path; it never answers a partial journal.
 */
public record JournalExport(Instant exportedAt, JournalContents contents) implements JsonValue {
  public static final String FORMAT = "limber-journal";
  public static final int VERSION = 2;

  /** The oldest version still read: version 1 had no professional reviews. */
  public static final int OLDEST_READABLE_VERSION = 1;

  public JournalExport {
    if (exportedAt == null || contents == null) {
      throw new IllegalArgumentException("exportedAt and contents are required");
    }
  }

  /** A reading of an export file: the journal, or every error found. */
  public record Reading(Optional<JournalExport> export, List<FieldError> errors) {
    public Reading {
      errors = List.copyOf(errors);
      if (export.isPresent() != errors.isEmpty()) {
        throw new IllegalArgumentException("a reading is a journal or errors: " + errors);
      }
    }

    public boolean isValid() {
      return export.isPresent();
    }
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", FORMAT);
    json.put("version", VERSION);
    json.put("exportedAt", exportedAt.toString());
    json.put("checkIns", contents.checkIns());
    json.put("sessions", contents.sessions());
    json.put("screenings", contents.screenings());
    json.put("reviews", contents.reviews());
    return json;
  }

  /** Reads export text; never throws for any input. */
  public static Reading read(String text) {
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      return rejected(new FieldError("(file)", "is not well-formed JSON: " + e.getMessage()));
    }
    List<FieldError> errors = new ArrayList<>();
    Fields root = Fields.root(tree, "(file)", errors);
    if (!errors.isEmpty()) {
      return new Reading(Optional.empty(), errors);
    }
    if (!FORMAT.equals(root.has("format") ? root.string("format") : null)) {
      return rejected(
          new FieldError("format", "must be \"" + FORMAT + "\": this is not a Limber export"));
    }
    Integer version = root.integer("version", 1, Integer.MAX_VALUE);
    if (version == null) {
      return new Reading(Optional.empty(), errors);
    }
    if (version < OLDEST_READABLE_VERSION || version > VERSION) {
      return rejected(
          new FieldError(
              "version",
              "version "
                  + version
                  + " is not supported; this Limber reads versions "
                  + OLDEST_READABLE_VERSION
                  + " to "
                  + VERSION
                  + " (a newer Limber wrote this file)"));
    }
    if (version == 1) {
      root.allowOnly("format", "version", "exportedAt", "checkIns", "sessions", "screenings");
    } else {
      root.allowOnly(
          "format", "version", "exportedAt", "checkIns", "sessions", "screenings", "reviews");
    }
    Instant exportedAt = instant(root, "exportedAt");
    List<CheckIn> checkIns = new ArrayList<>();
    for (Fields item : root.objects("checkIns")) {
      readCheckIn(item).ifPresent(checkIns::add);
    }
    List<SessionRecord> sessions = new ArrayList<>();
    for (Fields item : root.objects("sessions")) {
      try {
        SessionRecord.read(item).ifPresent(sessions::add);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(item.pathOf("(session)"), e.getMessage()));
      }
    }
    List<ScreeningRecord> screenings = new ArrayList<>();
    List<Fields> screeningItems = root.objects("screenings");
    List<?> rawScreenings =
        ((Map<?, ?>) tree).get("screenings") instanceof List<?> list ? list : List.of();
    for (int index = 0; index < screeningItems.size(); index++) {
      Object answers =
          rawScreenings.get(index) instanceof Map<?, ?> raw ? raw.get("answers") : null;
      readScreening(screeningItems.get(index), answers).ifPresent(screenings::add);
    }
    List<Review> reviews = new ArrayList<>();
    if (version >= 2) {
      for (Fields item : root.objects("reviews")) {
        readReview(item).ifPresent(reviews::add);
      }
    }
    if (!errors.isEmpty()) {
      return new Reading(Optional.empty(), errors);
    }
    return new Reading(
        Optional.of(
            new JournalExport(
                exportedAt, new JournalContents(checkIns, sessions, screenings, reviews))),
        List.of());
  }

  private static Optional<CheckIn> readCheckIn(Fields item) {
    int before = item.errors().size();
    item.allowOnly("at", "pain", "cracked", "note");
    Instant at = instant(item, "at");
    Integer pain = item.integer("pain", 0, 10);
    Boolean cracked = item.bool("cracked");
    String note = null;
    if (item.has("note") && !item.isNull("note")) {
      note = item.string("note");
      if (note != null && note.length() > CheckIn.MAX_NOTE_LENGTH) {
        item.reject("note", "must be at most " + CheckIn.MAX_NOTE_LENGTH + " characters");
      }
    }
    if (item.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new CheckIn(at, pain, cracked, note));
  }

  private static Optional<Review> readReview(Fields item) {
    int before = item.errors().size();
    item.allowOnly("date", "by", "note", "recordedAt");
    String dateText = item.string("date");
    LocalDate date = null;
    if (dateText != null) {
      try {
        date = LocalDate.parse(dateText);
        if (date.isBefore(Review.EARLIEST)) {
          item.reject("date", "must not be before " + Review.EARLIEST + ": " + dateText);
        }
      } catch (DateTimeParseException e) {
        item.reject("date", "must be a date such as 2026-01-31: " + dateText);
      }
    }
    Reviewer by = item.enumValue("by", Reviewer.class);
    String note = null;
    if (item.has("note") && !item.isNull("note")) {
      note = item.string("note");
      if (note != null && note.length() > Review.MAX_NOTE_LENGTH) {
        item.reject("note", "must be at most " + Review.MAX_NOTE_LENGTH + " characters");
      }
    }
    Instant recordedAt = instant(item, "recordedAt");
    if (item.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Review(date, by, note, recordedAt));
  }

  private static Optional<ScreeningRecord> readScreening(Fields item, Object answers) {
    int before = item.errors().size();
    item.allowOnly("at", "verdict", "ruleIds", "answers");
    Instant at = instant(item, "at");
    Verdict verdict = item.enumValue("verdict", Verdict.class);
    List<String> ruleIds = item.strings("ruleIds");
    for (int index = 0; index < ruleIds.size(); index++) {
      if (ruleIds.get(index).contains(" ")) {
        item.reject("ruleIds[" + index + "]", "must be one word");
      }
    }
    // Checks that the answers are an object; their content is kept exactly as given.
    item.object("answers");
    if (item.errors().size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ScreeningRecord(at, answers, verdict, ruleIds));
  }

  private static Instant instant(Fields fields, String name) {
    String text = fields.string(name);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      fields.reject(name, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z: " + text);
      return null;
    }
  }

  private static Reading rejected(FieldError error) {
    return new Reading(Optional.empty(), List.of(error));
  }
}
