package dev.limber.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --out FILE} of a command that writes a file: its directory exists, and it is new. */
final class OutputFile {
  private OutputFile() {}

  /** The file named by {@code --out}, refused before anything is done when it cannot be written. */
  static Path required(Arguments arguments) {
    Path out =
        Path.of(
            arguments.value("out").orElseThrow(() -> new UsageException("--out FILE is required")));
    Path directory = out.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new UsageException("--out: no such directory: " + directory);
    }
    if (Files.exists(out) && !arguments.flag("force")) {
      throw new UsageException("--out: " + out + " already exists; add --force to replace it");
    }
    return out;
  }
}
