package dev.limber.screening;

import java.util.Optional;

/** The outcome of reading an answers document: valid {@link Answers}, or why they were rejected. */
public record AnswersReading(Optional<Answers> answers, Optional<InvalidAnswers> rejection) {
  public AnswersReading {
    if (answers.isPresent() == rejection.isPresent()) {
      throw new IllegalArgumentException("a reading is either valid answers or a rejection");
    }
  }

  static AnswersReading valid(Answers answers) {
    return new AnswersReading(Optional.of(answers), Optional.empty());
  }

  static AnswersReading rejected(InvalidAnswers rejection) {
    return new AnswersReading(Optional.empty(), Optional.of(rejection));
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
