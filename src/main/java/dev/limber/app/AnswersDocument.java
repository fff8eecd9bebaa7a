package dev.limber.app;

import dev.limber.app.Questionnaire.Choice;
import dev.limber.app.Questionnaire.Question;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one question's answer goes into, and comes back out of, an answers document of
 * spec/screening.md §2, by the question's dotted field path; for {@link Questionnaire.Run}.
 */
final class AnswersDocument {
  private AnswersDocument() {}

  /** The value a remembered question can take from an earlier document, when it fits. */
  static Optional<Object> recalled(Question question, Object value) {
    switch (question.kind()) {
      case YES_NO -> {
        if (question.code().isEmpty() && question.yesValue().isEmpty()) {
          return value instanceof Boolean yes ? Optional.of(yes) : Optional.empty();
        }
      }
      case NUMBER -> {
        if (value instanceof BigInteger number
            && number.compareTo(BigInteger.valueOf(question.min())) >= 0
            && number.compareTo(BigInteger.valueOf(question.max())) <= 0) {
          return Optional.of(number.intValue());
        }
      }
      case CONDITIONS -> {
        if (value instanceof List<?> codes) {
          return Optional.of(
              question.choices().stream()
                  .map(Choice::code)
                  .filter(codes::contains)
                  .map(code -> (Object) code)
                  .toList());
        }
      }
      case WEEKS -> {
        // Weeks of pain are pain: asked afresh.
      }
    }
    return Optional.empty();
  }

  /** Puts one answer into the document, as its question says. */
  @SuppressWarnings("unchecked")
  static void fill(Map<String, Object> document, Question question, Object value) {
    switch (question.kind()) {
      case YES_NO -> {
        boolean yes = (Boolean) value;
        if (question.code().isPresent()) {
          if (yes) {
            ((List<Object>) get(document, question.field())).add(question.code().get());
          }
        } else if (question.yesValue().isPresent()) {
          Optional<String> chosen = yes ? question.yesValue() : question.noValue();
          // A serious accident answered earlier is not overwritten by a later "no small knock".
          if (chosen.isPresent() && get(document, question.field()) == null) {
            put(document, question.field(), chosen.get());
          }
        } else {
          put(document, question.field(), yes);
        }
      }
      case NUMBER -> {
        if (value != null) {
          put(document, question.field(), BigInteger.valueOf((Integer) value));
        }
      }
      case WEEKS -> put(document, question.field(), value);
      case CONDITIONS -> ((List<Object>) get(document, question.field())).addAll((List<?>) value);
    }
  }

  @SuppressWarnings("unchecked")
  static Object get(Map<String, Object> document, String path) {
    String[] parts = path.split("\\.");
    Object node = document;
    for (String part : parts) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = ((Map<String, Object>) map).get(part);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  static void put(Map<String, Object> document, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = document;
    for (int index = 0; index < parts.length - 1; index++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[index], key -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }
}
