package dev.limber.program;

import java.time.Instant;

/** A session a person played from a program: which session (by its start) and which version. */
public record ProgramPlay(String personId, Instant sessionStarted, String programId, int version) {
  public ProgramPlay {
    if (personId == null || sessionStarted == null || programId == null || version < 1) {
      throw new IllegalArgumentException("a play needs a person, session, program and version");
    }
  }
}
