package dev.limber.render.html;

import dev.limber.json.FieldError;
import java.util.List;
import java.util.Set;

/**
 * What the routine form shows: the values chosen or offered (as typed, so a wrong one is shown
 * again), the answers it carries, and the errors naming its fields.
 *
 * @param answers the answers document as JSON text, empty when today's kept screening is reused
 * @param minutes the minutes as typed
 * @param place {@code DESK}, {@code HOME} or {@code BED}
 * @param equipment the equipment codes ticked
 * @param focus a region code, empty for the default
 * @param crack whether a self-crack is wanted
 * @param noWall whether the desk has no free wall to lean on today
 * @param seed the seed that keeps the routine the same
 * @param reuse true when the form plans on today's kept screening (asks to confirm no change)
 * @param errors the errors, each naming the form field
 */
public record RoutineForm(
    String answers,
    String minutes,
    String place,
    Set<String> equipment,
    String focus,
    boolean crack,
    boolean noWall,
    long seed,
    boolean reuse,
    List<FieldError> errors) {
  public RoutineForm {
    equipment = Set.copyOf(equipment);
    errors = List.copyOf(errors);
  }

  /** The error of {@code field}, if any, for the message beside it. */
  public FieldError error(String field) {
    return errors.stream().filter(error -> error.field().equals(field)).findFirst().orElse(null);
  }

  public RoutineForm withErrors(List<FieldError> newErrors) {
    return new RoutineForm(
        answers, minutes, place, equipment, focus, crack, noWall, seed, reuse, newErrors);
  }
}
