package dev.limber.web.http;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A consistent copy of the whole database, streamed by {@code GET /backup} on the management port
 * while the server serves; wired by {@code Main} over the store.
 */
@FunctionalInterface
public interface Backup {
  /** Writes the copy to {@code out} (the same bytes {@code limber backup} writes to a file). */
  void writeTo(OutputStream out) throws IOException;
}
