package dev.limber.catalog;

import dev.limber.json.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/** A catalog file that fails validation; the message names the file, each technique and field. */
public final class InvalidCatalogException extends RuntimeException {
  private final String file;
  private final List<FieldError> errors;

  public InvalidCatalogException(String file, List<FieldError> errors) {
    super(
        "invalid catalog "
            + file
            + ":\n"
            + errors.stream().map(error -> "  " + error).collect(Collectors.joining("\n")));
    this.file = file;
    this.errors = List.copyOf(errors);
  }

  public String file() {
    return file;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
