package dev.limber.app;

import dev.limber.json.FieldError;
import java.util.List;

/**
 * A request a service refused before changing anything, with every problem and the field it is
 * about. Each face maps it once: exit code 2 on the command line, 400 over HTTP.
 */
public final class InvalidInput extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super(errors.isEmpty() ? "invalid input" : errors.get(0).toString());
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public static InvalidInput of(String field, String message) {
    return new InvalidInput(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
