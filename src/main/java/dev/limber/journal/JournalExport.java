package dev.limber.journal;

import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.json.JsonStream;
import dev.limber.json.JsonSyntaxException;
import dev.limber.json.JsonValue;
import dev.limber.json.StoredText;
import dev.limber.screening.Verdict;
import dev.limber.session.SessionRecord;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versioned JSON form of a whole journal, as {@code limber export} writes it and {@code limber
 * import} reads it: {@code {"format": "limber-journal", "version": 1, "exportedAt", "checkIns",
 * "sessions", "screenings"}}. Reading validates every entry and reports every error with its path;
 * it never answers a partial journal, nor one holding an entry dated in the future ({@link
 * NotInTheFuture}).
 */
public record JournalExport(Instant exportedAt, JournalContents contents) implements JsonValue {
  public static final String FORMAT = "limber-journal";

  /** Version 3 keeps a session's stops as {@code painStops} (spec/screening.md §7, rev. 3). */
  public static final int VERSION = 3;

  /**
   * The oldest version still read: version 1 had no professional reviews; versions 1 and 2 keep a
   * session's single {@code painStop}, read as not mild.
   */
  public static final int OLDEST_READABLE_VERSION = 1;

  /** Errors listed for one file at most: a broken file can have one per entry. */
  public static final int MAX_ERRORS = 100;

  /** The columns a stored session or screening answers document must fit (migration V1). */
  static final int MAX_STORED_JSON = 1_000_000;

  static final int MAX_RULE_IDS_LENGTH = 2000;

  // What the databases can keep: SQL timestamps span the years 1 to 9999.
  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
    return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** As {@link #read(InputStream, java.time.Clock)} on the system clock in UTC. */
  public static Reading read(InputStream utf8) {
    return read(utf8, java.time.Clock.systemUTC());
  }

  /**
   * Reads an export from UTF-8 bytes as they arrive, one entry at a time, so memory holds the
   * entries read but never the whole text or its tree. Never throws for malformed input; an {@link
   * java.io.UncheckedIOException} when the stream itself fails.
   */
  public static Reading read(InputStream utf8, java.time.Clock clock) {
    StreamedExport export = new StreamedExport(new NotInTheFuture(clock));
    try {
      JsonStream.readObject(utf8, StreamedExport.ENTRY_LISTS::contains, export);
    } catch (JsonSyntaxException e) {
      return rejected(new FieldError("(file)", "is not well-formed JSON: " + e.getMessage()));
    }
    return export.reading();
  }

  /** The members of an export as they stream by; the entries are checked one by one. */
  private static final class StreamedExport implements JsonStream.Visitor {
    static final Set<String> ENTRY_LISTS = Set.of("checkIns", "sessions", "screenings", "reviews");
    private static final List<String> MEMBERS =
        List.of("format", "version", "exportedAt", "checkIns", "sessions", "screenings");
    private static final List<String> MEMBERS_SINCE_2 =
        List.of("format", "version", "exportedAt", "checkIns", "sessions", "screenings", "reviews");

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> scalars = new LinkedHashMap<>();
    private final Set<String> listsSeen = new HashSet<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<SessionRecord> sessions = new ArrayList<>();
    private final List<ScreeningRecord> screenings = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private int errorsLeftOut;
    private final NotInTheFuture notInTheFuture;

    StreamedExport(NotInTheFuture notInTheFuture) {
      this.notInTheFuture = notInTheFuture;
    }

    @Override
    public void member(String name, Object value) {
      scalars.put(name, value);
    }

    @Override
    public void arrayStarts(String name) {
      listsSeen.add(name);
    }

    @Override
    public void notAnArray(String name, Object value) {
      listsSeen.add(name);
      report(List.of(new FieldError(name, "must be an array, found " + describe(value))));
    }

    @Override
    public void item(String arrayName, int index, Object item) {
      List<FieldError> found = new ArrayList<>();
      Fields fields = Fields.at(item, arrayName + "[" + index + "]", found);
      if (found.isEmpty()) {
        switch (arrayName) {
          case "checkIns" ->
              readCheckIn(fields)
                  .filter(checkIn -> present(checkIn.at(), "at", fields))
                  .ifPresent(checkIns::add);
          case "sessions" -> {
            try {
              SessionRecord.read(fields)
                  .filter(session -> fits(session, fields))
                  .filter(session -> present(session.ended(), "ended", fields))
                  .ifPresent(sessions::add);
            } catch (IllegalArgumentException e) {
              found.add(new FieldError(fields.pathOf("(session)"), e.getMessage()));
            }
          }
          case "reviews" ->
              readReview(fields)
                  .filter(review -> present(review.recordedAt(), "recordedAt", fields))
                  .filter(
                      review -> {
                        Optional<String> problem =
                            notInTheFuture.reviewProblem(review.date(), review.recordedAt());
                        problem.ifPresent(text -> fields.reject("date", text));
                        return problem.isEmpty();
                      })
                  .ifPresent(reviews::add);
          default ->
              readScreening(fields, ((Map<?, ?>) item).get("answers"))
                  .filter(screening -> present(screening.at(), "at", fields))
                  .ifPresent(screenings::add);
        }
      }
      report(found);
    }

    private boolean present(Instant at, String name, Fields fields) {
      Optional<String> problem = notInTheFuture.problem(at);
      problem.ifPresent(text -> fields.reject(name, text));
      return problem.isEmpty();
    }

    private void report(List<FieldError> found) {
      for (FieldError error : found) {
        if (errors.size() < MAX_ERRORS) {
          errors.add(error);
        } else {
          errorsLeftOut++;
        }
      }
    }

    Reading reading() {
      List<FieldError> rootErrors = new ArrayList<>();
      Fields root = Fields.root(scalars, "(file)", rootErrors);
      if (!FORMAT.equals(root.has("format") ? root.string("format") : null)) {
        return rejected(
            new FieldError("format", "must be \"" + FORMAT + "\": this is not a Limber export"));
      }
      Integer version = root.integer("version", 1, Integer.MAX_VALUE);
      if (version == null) {
        return new Reading(Optional.empty(), rootErrors);
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
      List<String> members = version == 1 ? MEMBERS : MEMBERS_SINCE_2;
      for (String name : scalars.keySet()) {
        if (!members.contains(name)) {
          rootErrors.add(new FieldError(name, "unknown field; allowed here: " + members));
        }
      }
      if (version == 1 && listsSeen.contains("reviews")) {
        rootErrors.add(new FieldError("reviews", "unknown field; allowed here: " + members));
      }
      Instant exportedAt = instant(root, "exportedAt");
      for (String list : List.of("checkIns", "sessions", "screenings")) {
        if (!listsSeen.contains(list)) {
          rootErrors.add(new FieldError(list, "is required: an array"));
        }
      }
      rootErrors.addAll(errors);
      if (errorsLeftOut > 0) {
        rootErrors.add(
            new FieldError("(file)", errorsLeftOut + " more errors are left out of this list"));
      }
      if (!rootErrors.isEmpty()) {
        return new Reading(Optional.empty(), rootErrors);
      }
      return new Reading(
          Optional.of(
              new JournalExport(
                  exportedAt, new JournalContents(checkIns, sessions, screenings, reviews))),
          List.of());
    }
  }

  /** A stored session is kept whole as JSON: it must fit its column (see the V1 migration). */
  private static boolean fits(SessionRecord session, Fields fields) {
    if (Json.write(session).length() > MAX_STORED_JSON) {
      fields.reject(
          "(session)", "is too large to keep: at most " + MAX_STORED_JSON + " characters");
      return false;
    }
    return true;
  }

  private static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof Map<?, ?> ? "an object" : "a " + value.getClass().getSimpleName();
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
      String problem = note == null ? null : StoredText.problem(note, CheckIn.MAX_NOTE_LENGTH);
      if (problem != null) {
        item.reject("note", problem);
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
      String problem = note == null ? null : StoredText.problem(note, Review.MAX_NOTE_LENGTH);
      if (problem != null) {
        item.reject("note", problem);
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
    String stored = String.join(" ", ruleIds);
    String problem = StoredText.problem(stored, MAX_RULE_IDS_LENGTH);
    if (problem != null) {
      item.reject("ruleIds", "together, separated by spaces, " + problem);
    }
    if (answers != null && Json.write(answers).length() > MAX_STORED_JSON) {
      item.reject("answers", "is too large to keep: at most " + MAX_STORED_JSON + " characters");
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
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      fields.reject(name, "must be an ISO-8601 instant such as 2026-01-31T08:00:00Z: " + text);
      return null;
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      fields.reject(name, "must fall in the years 0001 to 9999: " + text);
      return null;
    }
    return instant;
  }

  private static Reading rejected(FieldError error) {
    return new Reading(Optional.empty(), List.of(error));
  }
}
