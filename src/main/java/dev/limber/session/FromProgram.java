package dev.limber.session;

/** The clinician's program, and its version, a browser session was planned from. */
public record FromProgram(String programId, int version) {
  public FromProgram {
    if (programId == null || programId.isBlank() || version < 1) {
      throw new IllegalArgumentException("a program id and a version from 1 are required");
    }
  }
}
