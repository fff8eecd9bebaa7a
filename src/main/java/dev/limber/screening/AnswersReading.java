package dev.limber.screening;

import java.util.Optional;

/**
 * The outcome of reading an answers document: valid {@link Answers} with the document exactly as
 * given (a JSON tree, for the audit trail), or why it was rejected.
 */
public record AnswersReading(
    Optional<Answers> answers, Optional<Object> document, Optional<InvalidAnswers> rejection) {
  public AnswersReading {
    if (answers.isPresent() == rejection.isPresent()
        || answers.isPresent() != document.isPresent()) {
      throw new IllegalArgumentException("a reading is either valid answers or a rejection");
    }
  }

  static AnswersReading valid(Answers answers, Object document) {
    return new AnswersReading(Optional.of(answers), Optional.of(document), Optional.empty());
  }

  static AnswersReading rejected(InvalidAnswers rejection) {
    return new AnswersReading(Optional.empty(), Optional.empty(), Optional.of(rejection));
  }

  public boolean isValid() {
    return answers.isPresent();
  }

  /** The answers; throws when the document was rejected (check {@link #isValid()} first). */
  public Answers requireAnswers() {
    return answers.orElseThrow(
        () -> new IllegalStateException("answers were rejected: " + rejection.get().errors()));
  }
}
