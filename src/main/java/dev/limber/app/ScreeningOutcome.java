package dev.limber.app;

import dev.limber.screening.InvalidAnswers;
import java.util.Optional;

/** What a screening request gave: a screening, or the rejected answers with every error. */
public record ScreeningOutcome(Optional<Screened> screened, Optional<InvalidAnswers> rejection) {
  public ScreeningOutcome {
    if (screened.isPresent() == rejection.isPresent()) {
      throw new IllegalArgumentException("an outcome is a screening or a rejection");
    }
  }

  static ScreeningOutcome of(Screened screened) {
    return new ScreeningOutcome(Optional.of(screened), Optional.empty());
  }

  static ScreeningOutcome rejected(InvalidAnswers rejection) {
    return new ScreeningOutcome(Optional.empty(), Optional.of(rejection));
  }

  public boolean isRejected() {
    return rejection.isPresent();
  }
}
