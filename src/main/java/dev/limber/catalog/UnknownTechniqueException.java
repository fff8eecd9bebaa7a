package dev.limber.catalog;

import java.util.List;

/** No technique has the asked-for id; carries the closest ids to suggest. */
public final class UnknownTechniqueException extends RuntimeException {
  private final String id;
  private final List<String> suggestions;

  public UnknownTechniqueException(String id, List<String> suggestions) {
    super("no technique with id \"" + id + "\"; closest: " + String.join(", ", suggestions));
    this.id = id;
    this.suggestions = List.copyOf(suggestions);
  }

  public String id() {
    return id;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
