package dev.limber.cli;

import dev.limber.app.Services;
import dev.limber.journal.JournalExport;
import dev.limber.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Supplier;

/** {@code limber export}: the whole journal as one versioned JSON file. */
public final class ExportCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;

  public ExportCommand(JournalSource journals, Supplier<Services> services) {
    this.journals = journals;
    this.services = services;
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "Write the whole journal to a JSON file (format limber-journal, version 2)";
  }

  @Override
  public List<Option> options() {
    return List.of(
        Option.value("out", "FILE", "the file to write, or - for standard output; required"),
        Option.flag("force", "replace FILE if it already exists"),
        JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    arguments.noPositionals();
    String target =
        arguments.value("out").orElseThrow(() -> new UsageException("--out FILE is required"));
    boolean toStandardOutput = target.equals("-");
    Path out = Path.of(target);
    if (!toStandardOutput) {
      Path directory = out.toAbsolutePath().getParent();
      if (directory == null || !Files.isDirectory(directory)) {
        throw new UsageException("--out: no such directory: " + directory);
      }
      if (Files.exists(out) && !arguments.flag("force")) {
        throw new UsageException("--out: " + out + " already exists; add --force to replace it");
      }
    }
    JournalExport export;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      export = services.get().journal().export(opened.person());
    }
    String summary =
        "Exported "
            + export.contents().checkIns().size()
            + " check-ins, "
            + export.contents().sessions().size()
            + " sessions, "
            + export.contents().screenings().size()
            + " screenings and "
            + export.contents().reviews().size()
            + " reviews";
    if (toStandardOutput) {
      io.out().print(Json.pretty(export) + "\n");
      io.out().flush();
      io.err().println(summary + ".");
    } else {
      write(out, Json.pretty(export) + "\n");
      io.out().println(summary + " to " + out + ".");
    }
    return ExitCode.OK;
  }

  // Written beside the target and moved into place, readable by its owner only: it is health data.
  private static void write(Path out, String text) throws IOException {
    Path directory = out.toAbsolutePath().getParent();
    Path partial =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                directory,
                ".limber-export-",
                ".part",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(directory, ".limber-export-", ".part");
    try {
      Files.writeString(partial, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
