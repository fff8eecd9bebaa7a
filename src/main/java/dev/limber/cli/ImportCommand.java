package dev.limber.cli;

import dev.limber.app.InvalidInput;
import dev.limber.app.JournalService;
import dev.limber.app.Services;
import dev.limber.journal.JournalContents;
import dev.limber.json.FieldError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code limber import}: adds the entries of an export file to the journal. The whole file is
 * validated before anything is written, and then everything is written in one transaction; entries
 * the journal already holds are not added twice.
 */
public final class ImportCommand implements Command {
  private final JournalSource journals;
  private final Supplier<Services> services;

  public ImportCommand(JournalSource journals, Supplier<Services> services) {
    this.journals = journals;
    this.services = services;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "Add the entries of a file written by 'limber export' to the journal";
  }

  @Override
  public String parameters() {
    return "FILE";
  }

  @Override
  public List<Option> options() {
    return List.of(JournalSource.DB_OPTION);
  }

  @Override
  public int run(Arguments arguments, Io io) throws IOException {
    Path file = Path.of(arguments.requirePositional("FILE"));
    if (!Files.isRegularFile(file)) {
      io.err().println("limber import: no such file: " + file);
      return ExitCode.NOT_FOUND;
    }
    JournalService.Imported imported;
    // Read as it streams by, entry by entry; nothing is added unless the whole file is valid.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
        JournalSource.Opened opened = journals.open(arguments)) {
      imported = services.get().journal().importExport(opened.person(), in);
    } catch (NoSuchFileException e) {
      io.err().println("limber import: no such file: " + file);
      return ExitCode.NOT_FOUND;
    } catch (InvalidInput e) {
      return reject(file, e.errors(), io);
    }
    JournalContents added = imported.added();
    io.out()
        .println(
            "Imported "
                + added.checkIns().size()
                + " check-ins, "
                + added.sessions().size()
                + " sessions, "
                + added.screenings().size()
                + " screenings and "
                + added.reviews().size()
                + " reviews from "
                + file
                + (imported.alreadyKept() > 0
                    ? " (" + imported.alreadyKept() + " already in the journal)."
                    : "."));
    return ExitCode.OK;
  }

  private static int reject(Path file, List<FieldError> errors, Io io) {
    io.err().println("limber import: " + file + " was not imported; nothing changed:");
    errors.forEach(error -> io.err().println("  " + error));
    return ExitCode.INVALID_INPUT;
  }
}
