package dev.limber.render.html;

import java.util.List;

/** What the program builder's template shows: the chosen list, the catalog, the preview. */
public final class BuilderView {
  private BuilderView() {}

  /** A chosen technique as the builder shows it: its drawing, its dose and the dose's bounds. */
  public record Chosen(
      String id,
      String name,
      String range,
      String holdLabel,
      String hold,
      int holdMin,
      int holdMax,
      String reps,
      int repsMin,
      int repsMax,
      boolean eachSide) {
    public boolean holdFixed() {
      return holdMin == holdMax;
    }

    public boolean repsFixed() {
      return repsMin == repsMax;
    }
  }

  /** A catalog technique offered to add, and whether it is chosen already. */
  public record Choice(String id, String name, String range, boolean chosen) {}

  /** The catalog's techniques of one kind: stretches, self-massage, self-cracks. */
  public record Group(String title, List<Choice> choices) {}

  /** One stretch of the previewed session: when it starts, what it asks, how long it lasts. */
  public record Step(String at, String label, String length, String kind) {}
}
