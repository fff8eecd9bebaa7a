package dev.limber.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers to the Keele STarT Back Screening Tool: items 1–8 as yes/no, item 9 as a scale. */
public record StartBack(List<Boolean> answers, Bothersomeness bothersomeness) {
  public static final int ITEMS = 8;

  public StartBack {
    answers = List.copyOf(answers);
    if (answers.size() != ITEMS) {
      throw new IllegalArgumentException("STarT Back needs 8 answers, got " + answers.size());
    }
    if (bothersomeness == null) {
      throw new IllegalArgumentException("STarT Back needs item 9 (bothersomeness)");
    }
  }

  /** The total score, 0–9: one point per yes in items 1–8, one for item 9 when it counts. */
  public int totalScore() {
    int yes = (int) answers.stream().filter(Boolean::booleanValue).count();
    return yes + (bothersomeness.scoresAPoint() ? 1 : 0);
  }

  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("answers", answers);
    json.put("bothersomeness", bothersomeness);
    return json;
  }
}
