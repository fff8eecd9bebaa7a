package dev.limber.web.http;

import java.util.Optional;

/**
 * Whether this instance can serve requests now, as {@code GET /health/ready} reports it to a load
 * balancer: wired by {@code Main} over the database. Thread-safe.
 */
public interface Readiness {
  /** Ready whatever happens: for a server whose readiness no test looks at. */
  Readiness ALWAYS = Optional::empty;

  /**
   * Empty when ready; else why not, in words for an operator that name no host or password. Answers
   * within a few seconds even when the database does not.
   */
  Optional<String> notReadyBecause();

  /** False while the schema is being migrated: until then only health and metrics are served. */
  default boolean migrated() {
    return true;
  }
}
