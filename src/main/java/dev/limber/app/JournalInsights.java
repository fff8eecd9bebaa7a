package dev.limber.app;

import dev.limber.journal.Insights;
import dev.limber.journal.PainFlag;
import dev.limber.journal.Review;
import dev.limber.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Insights with what the journal says for safety: the open pain flags and the latest review. */
public record JournalInsights(
    Insights insights, List<PainFlag> openFlags, Optional<Review> latestReview)
    implements JsonValue {
  public JournalInsights {
    openFlags = List.copyOf(openFlags);
  }

  @Override
  public Object toJson() {
    @SuppressWarnings("unchecked")
    Map<String, Object> json = new LinkedHashMap<>((Map<String, Object>) insights.toJson());
    json.put("painFlags", openFlags);
    json.put("latestReview", latestReview.orElse(null));
    return json;
  }
}
