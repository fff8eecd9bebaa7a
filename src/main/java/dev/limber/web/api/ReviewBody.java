package dev.limber.web.api;

import dev.limber.journal.Reviewer;
import dev.limber.json.FieldError;
import dev.limber.json.Fields;
import dev.limber.json.Json;
import dev.limber.web.http.Bodies;
import dev.limber.web.http.Problem;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A professional review as {@code POST /api/reviews} and a clinician's {@code POST
 * /api/clinician/people/{person}/reviews} take it: who reviewed, on which day, and a note.
 */
record ReviewBody(Reviewer by, Optional<LocalDate> date, Optional<String> note) {

  /**
   * Reads the body, refusing it with 400 naming each bad field; {@code by} falls back to {@code
   * assumedBy} when given (a clinician records their own review), and is required otherwise.
   */
  static ReviewBody read(Context context, Optional<Reviewer> assumedBy) {
    List<FieldError> errors = new ArrayList<>();
    Fields fields = Fields.root(Bodies.readJson(context, Bodies.LIMIT_BYTES), "(body)", errors);
    fields.allowOnly("by", "date", "note");
    Reviewer by =
        assumedBy.isPresent()
            ? fields.enumOr("by", Reviewer.class, assumedBy.get())
            : fields.enumValue("by", Reviewer.class);
    Optional<LocalDate> date = Optional.empty();
    Optional<String> dateText = fields.givenString("date");
    if (dateText.isPresent()) {
      try {
        date = Optional.of(LocalDate.parse(dateText.get()));
      } catch (DateTimeParseException e) {
        fields.reject(
            "date", "must be a date such as 2026-11-29, found " + Json.quote(dateText.get()));
      }
    }
    Optional<String> note = fields.givenString("note");
    if (!errors.isEmpty() || by == null) {
      throw Problem.invalidFields(errors).exception();
    }
    return new ReviewBody(by, date, note);
  }
}
