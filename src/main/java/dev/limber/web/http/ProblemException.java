package dev.limber.web.http;

/**
 * Ends a request with a {@link Problem} answer; carries no stack trace, it is an expected outcome.
 */
public final class ProblemException extends RuntimeException {
  private final Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
