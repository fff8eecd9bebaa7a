package dev.limber.render.html;

import dev.limber.json.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form as a page shows it again: the values sent, the problems found with them (each naming its
 * field), and the label of each field so a problem reads as the person saw the form.
 *
 * @param values the values sent, by field name (never a password: those are not shown again)
 * @param errors the problems, in the order found
 * @param labels the visible label of each field, by field name
 */
public record Form(
    Map<String, String> values, List<FieldError> errors, Map<String, String> labels) {
  public Form {
    values = Map.copyOf(values);
    errors = List.copyOf(errors);
    labels = new LinkedHashMap<>(labels);
  }

  /** A form shown for the first time. */
  public static Form blank(Map<String, String> labels) {
    return new Form(Map.of(), List.of(), labels);
  }

  /** The same form with these values sent and these problems found. */
  public Form with(Map<String, String> sent, List<FieldError> problems) {
    return new Form(sent, problems, labels);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The value sent for {@code field}, empty when none. */
  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** True when {@code field} has a problem. */
  public boolean invalid(String field) {
    return errors.stream().anyMatch(error -> error.field().equals(field));
  }

  /** The problems with {@code field} in one sentence, or null when it has none. */
  public String error(String field) {
    String joined =
        errors.stream()
            .filter(error -> error.field().equals(field))
            .map(FieldError::message)
            .collect(Collectors.joining("; "));
    return joined.isEmpty() ? null : joined;
  }

  /** True when the form has a control for {@code field}, so a problem can link to it. */
  public boolean shows(String field) {
    return labels.containsKey(field);
  }

  /** The label of {@code field}, or the field's own name for a field the form does not show. */
  public String label(String field) {
    return labels.getOrDefault(field, field);
  }
}
