package dev.limber.web.http;

import dev.limber.json.FieldError;
import dev.limber.json.JsonValue;
import dev.limber.screening.InvalidAnswers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer in the shape of RFC 9457 ({@code application/problem+json}): a type, a title, the
 * status, a detail for people and, where fields are at fault, an {@code errors} list naming each.
 */
public record Problem(
    int status, String type, String title, String detail, Map<String, Object> extensions)
    implements JsonValue {
  public static final String CONTENT_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://limber.dev/problems/";

  public Problem {
    extensions = Map.copyOf(extensions);
  }

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(status, TYPE_BASE + slug, title, detail, Map.of());
  }

  /** 400 naming every field at fault. */
  public static Problem invalidFields(List<FieldError> errors) {
    return new Problem(
        400,
        TYPE_BASE + "invalid-fields",
        "The request has invalid fields",
        errors.size() + " field(s) are invalid: " + errors.get(0),
        Map.of("errors", errors));
  }

  /** 400 with the members of spec §6's rejection: every error and the emergency notice. */
  public static Problem invalidAnswers(InvalidAnswers rejection) {
    @SuppressWarnings("unchecked")
    Map<String, Object> members = (Map<String, Object>) rejection.toJson();
    Problem problem =
        Problem.of(
            400,
            "invalid-answers",
            "The answers are invalid",
            rejection.errors().size()
                + " answer(s) are invalid, first "
                + rejection.errors().get(0)
                + ". If you are in danger, read the emergency notice.");
    for (Map.Entry<String, Object> member : members.entrySet()) {
      problem = problem.with(member.getKey(), member.getValue());
    }
    return problem;
  }

  public static Problem notFound(String detail) {
    return of(404, "not-found", "Not found", detail);
  }

  /** The fields at fault, for an error page; empty for other problems. */
  public List<FieldError> errors() {
    Object errors = extensions.get("errors");
    if (errors instanceof List<?> list) {
      return list.stream()
          .filter(FieldError.class::isInstance)
          .map(FieldError.class::cast)
          .toList();
    }
    return List.of();
  }

  public Problem with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(member, value);
    return new Problem(status, type, title, detail, more);
  }

  /** Thrown by a handler to answer with this problem. */
  public ProblemException exception() {
    return new ProblemException(this);
  }

  @Override
  public Object toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", type);
    json.put("title", title);
    json.put("status", status);
    json.put("detail", detail);
    extensions.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(member -> json.put(member.getKey(), member.getValue()));
    return json;
  }
}
