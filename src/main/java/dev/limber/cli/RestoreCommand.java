package dev.limber.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code limber restore FILE}: a backup read back into an empty database. */
public final class RestoreCommand implements Command {
  private final Backups backups;

  public RestoreCommand(Backups backups) {
    this.backups = backups;
  }

  @Override
  public String name() {
    return "restore";
  }

  @Override
  public String summary() {
    return "Restore a file from limber backup into an empty database (stop the server first)";
  }

  @Override
  public String parameters() {
    return "FILE";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value(
            "db",
            "URL",
            "the empty database to restore into, as a JDBC URL (default: $LIMBER_DB_URL, else the"
                + " H2 file limber in $LIMBER_HOME, else in ~/.limber)"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    Path file = Path.of(arguments.requirePositional("FILE (a file from limber backup)"));
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such backup file");
    }
    io.out().println(backups.restore(arguments.value("db"), file) + ".");
    return ExitCode.OK;
  }
}
