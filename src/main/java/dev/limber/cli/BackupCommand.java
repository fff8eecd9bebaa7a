package dev.limber.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * {@code limber backup}: a consistent copy of the whole database (every account, not one journal)
 * in a file that {@code limber restore} reads back.
 */
public final class BackupCommand implements Command {
  private final Backups backups;

  public BackupCommand(Backups backups) {
    this.backups = backups;
  }

  @Override
  public String name() {
    return "backup";
  }

  @Override
  public String summary() {
    return "Copy the whole database to a file (H2: a SQL script; PostgreSQL: pg_dump)";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("out", "FILE", "the file to write; required"),
        Option.flag("force", "replace FILE if it already exists"),
        Option.value(
            "db",
            "URL",
            "the database as a JDBC URL (default: $LIMBER_DB_URL, else the H2 file limber in"
                + " $LIMBER_HOME, else in ~/.limber)"));
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
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
    // Written beside the target and moved into place whole, readable by its owner only.
    Path partial =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                directory,
                ".limber-backup-",
                ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(directory, ".limber-backup-", ".part");
    try {
      String copied;
      try (OutputStream file = Files.newOutputStream(partial)) {
        copied = backups.backUp(arguments.value("db"), file);
      }
      try {
        Files.move(
            partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      }
      io.out().println(copied + " to " + out + " (" + Files.size(out) + " bytes).");
    } finally {
      Files.deleteIfExists(partial);
    }
    return ExitCode.OK;
  }
}
