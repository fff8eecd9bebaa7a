package dev.limber.app;

import dev.limber.journal.PainFlag;
import dev.limber.json.JsonValue;
import dev.limber.screening.Screening;
import dev.limber.screening.ScreeningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A screening as every face shows it: the result (each reason a pain flag caused says which
 * session, when, and how to close it), the open pain flags, and the workings behind the result for
 * the planner. The JSON is the result's, plus {@code painFlags} when any is open.
 */
public record Screened(Screening screening, ScreeningResult result, List<PainFlag> openFlags)
    implements JsonValue {
  public Screened {
    if (screening == null || result == null) {
      throw new IllegalArgumentException("screening and result are required");
    }
    openFlags = List.copyOf(openFlags);
  }

  @Override
  public Object toJson() {
    @SuppressWarnings("unchecked")
    Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) result.toJson());
    if (!openFlags.isEmpty()) {
      json.put("painFlags", openFlags);
    }
    return json;
  }
}
