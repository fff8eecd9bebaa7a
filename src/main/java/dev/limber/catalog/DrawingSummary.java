package dev.limber.catalog;

import dev.limber.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a technique's drawing offers, as a technique listing shows it: the stills (a step and its
 * phase each), the side it is drawn for, and the animation's length in seconds. Shipped techniques
 * take it from the generated {@code drawing-summaries.json}, so a listing reads no drawing.
 */
public record DrawingSummary(
    List<Still> stills, Optional<BodySide> drawnSide, double animationSeconds)
    implements JsonValue {
  public DrawingSummary {
    stills = List.copyOf(stills);
    if (stills.isEmpty() || drawnSide == null || !(animationSeconds > 0)) {
      throw new IllegalArgumentException(
          "a drawing summary needs stills and an animation: " + stills + ", " + animationSeconds);
    }
  }

  /** The still of a step: the phase of the step's last pose. */
  public record Still(int step, Phase phase) {}

  /** The summary of a drawing for a technique with {@code dose}, rounded to tenths of seconds. */
  public static DrawingSummary of(Illustration illustration, Dose dose) {
    List<Still> stills = new ArrayList<>();
    for (int step : illustration.steps()) {
      stills.add(new Still(step, illustration.stillOf(step).orElseThrow().phase()));
    }
    List<Illustration.Keyframe> frames = illustration.keyframes(dose);
    double seconds = Math.round(frames.get(frames.size() - 1).seconds() * 10) / 10.0;
    return new DrawingSummary(stills, illustration.drawnSide(), seconds);
  }

  /** Both sides for a one-sided technique, none otherwise. */
  public List<BodySide> sides() {
    return drawnSide.map(side -> List.of(side, side.opposite())).orElse(List.of());
  }

  /** The listing's {@code illustration} object: stills, sides, drawn side, animation. */
  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    List<Object> stillsJson = new ArrayList<>();
    for (Still still : stills) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("step", still.step());
      item.put("phase", still.phase());
      stillsJson.add(item);
    }
    json.put("stills", stillsJson);
    json.put("sides", sides());
    json.put("drawnSide", drawnSide.orElse(null));
    json.put("animated", true);
    json.put("animationSeconds", animationSeconds);
    return json;
  }

  /** The entry of {@code drawing-summaries.json}: what {@link #read} takes back. */
  Map<String, Object> toIndexJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("stills", stills.stream().map(still -> still.step() + " " + still.phase()).toList());
    json.put("drawnSide", drawnSide.orElse(null));
    json.put("animationSeconds", animationSeconds);
    return json;
  }

  /** An entry of {@code drawing-summaries.json} as {@link #toIndexJson} wrote it. */
  static DrawingSummary read(Map<?, ?> json) {
    List<Still> stills = new ArrayList<>();
    for (Object item : (List<?>) json.get("stills")) {
      String[] stepAndPhase = ((String) item).split(" ");
      stills.add(new Still(Integer.parseInt(stepAndPhase[0]), Phase.valueOf(stepAndPhase[1])));
    }
    Object side = json.get("drawnSide");
    return new DrawingSummary(
        stills,
        side == null ? Optional.empty() : Optional.of(BodySide.valueOf((String) side)),
        ((Number) json.get("animationSeconds")).doubleValue());
  }
}
