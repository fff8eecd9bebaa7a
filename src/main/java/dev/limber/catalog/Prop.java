package dev.limber.catalog;

/** One prop of an illustration: its id in the file, its kind, and how it is turned (degrees). */
public record Prop(String id, PropKind kind, double yaw) {
  public Prop {
    if (id == null || id.isBlank() || kind == null) {
      throw new IllegalArgumentException("a prop needs an id and a kind: " + id + ", " + kind);
    }
  }
}
