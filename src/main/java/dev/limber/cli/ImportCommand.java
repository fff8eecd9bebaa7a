package dev.limber.cli;

import dev.limber.journal.Journal;
import dev.limber.journal.JournalContents;
import dev.limber.journal.JournalExport;
import dev.limber.json.FieldError;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code limber import}: adds the entries of an export file to the journal. The whole file is
 * validated before anything is written, and then everything is written in one transaction; entries
 * the journal already holds are not added twice.
 */
public final class ImportCommand implements Command {
  private final JournalSource journals;

  public ImportCommand(JournalSource journals) {
    this.journals = journals;
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
    JournalExport.Reading reading;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      reading = JournalExport.read(in);
    } catch (NoSuchFileException e) {
      io.err().println("limber import: no such file: " + file);
      return ExitCode.NOT_FOUND;
    }
    if (!reading.isValid()) {
      return reject(file, reading.errors(), io);
    }
    JournalContents incoming = reading.export().orElseThrow().contents();
    JournalContents added;
    try (JournalSource.Opened opened = journals.open(arguments)) {
      Journal journal = opened.journal();
      added = incoming.without(journal.contents());
      journal.addAll(added);
    }
    io.out()
        .println(
            "Imported "
                + added.checkIns().size()
                + " check-ins, "
                + added.sessions().size()
                + " sessions and "
                + added.screenings().size()
                + " screenings from "
                + file
                + (incoming.size() > added.size()
                    ? " (" + (incoming.size() - added.size()) + " already in the journal)."
                    : "."));
    return ExitCode.OK;
  }

  private static int reject(Path file, List<FieldError> errors, Io io) {
    io.err().println("limber import: " + file + " was not imported; nothing changed:");
    errors.forEach(error -> io.err().println("  " + error));
    return ExitCode.INVALID_INPUT;
  }
}
