package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports and questions in a real pseudo-terminal of 60 and 80 columns: the rows the pane shows,
 * read as words, are exactly the words of the same output written without wrapping, so no word was
 * cut at a line's end (a cut word would read as two).
 */
@Isolated
class TerminalWrapPtyTest {
  /** A person's answers to every question, in order, for a clear verdict. */
  private static final List<String> ANSWERS =
      List.of(
          "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "n", "2", "3", "n", "n",
          "", "40", "n", "0", "1", "n", "n", "n", "", "y", "y", "y");

  @TempDir Path home;

  private TmuxPane pane;

  @AfterEach
  void stopTmux() throws Exception {
    if (pane != null) {
      pane.close();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void theScreeningReportBreaksOnlyBetweenWords(int columns) throws Exception {
    List<String> arguments = List.of("screen", "--no-journal", "--answers", answers());

    String rows = runToTheEnd(columns, arguments);

    assertReadsAsWritten(rows, unwrapped(List.of(), arguments), columns);
    assertThat(rows).contains("In an emergency: Call 112 now");
    TmuxPane.save("screen-" + columns + ".txt", rows);
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void thePlanBreaksOnlyBetweenWords(int columns) throws Exception {
    List<String> plan =
        List.of("plan", "--answers", answers(), "--minutes", "10", "--place", "home");
    List<String> arguments = new ArrayList<>(plan);
    arguments.addAll(List.of("--db", "jdbc:h2:file:" + home.resolve("pane-journal")));
    List<String> written = new ArrayList<>(plan);
    written.addAll(List.of("--db", "jdbc:h2:file:" + home.resolve("written-journal")));

    String rows = runToTheEnd(columns, arguments);

    assertReadsAsWritten(rows, unwrapped(List.of(), written), columns);
    assertThat(rows).contains("Your routine").contains("Keep in mind:");
    TmuxPane.save("plan-" + columns + ".txt", rows);
  }

  @ParameterizedTest
  @ValueSource(ints = {60, 80})
  void theQuestionsBreakOnlyBetweenWords(int columns) throws Exception {
    List<String> arguments = List.of("screen", "--no-journal");
    pane = TmuxPane.run(columns, 40, List.of("HOME=" + home), arguments);
    TmuxPane.Cursor question = new TmuxPane.Cursor(-1, "");

    for (String answer : ANSWERS) {
      question = awaitQuestion(question.row());
      pane.typeLine(answer);
    }

    pane.awaitHistory(text -> text.contains("LIMBER-EXIT="));
    String rows = pane.rows();
    assertReadsAsWritten(rows, unwrapped(ANSWERS, arguments), columns);
    assertThat(question.before()).contains("middle of your back");
    TmuxPane.save("questions-" + columns + ".txt", firstQuestions(rows));
  }

  @ParameterizedTest
  @ValueSource(strings = {"technique chair-back-extension", "rules", "help", "help plan"})
  void theOtherReportsAndTheHelpBreakOnlyBetweenWords(String command) throws Exception {
    List<String> arguments = List.of(command.split(" "));

    String rows = runToTheEnd(60, arguments);

    assertReadsAsWritten(rows, unwrapped(List.of(), arguments), 60);
  }

  @Test
  void jsonOnATerminalIsWrittenAsItIs() throws Exception {
    List<String> arguments = List.of("screen", "--no-journal", "--answers", answers(), "--json");

    runToTheEnd(60, arguments);

    // A JSON line wider than the pane is one line that the terminal wrapped (tmux joins those
    // back, trailing spaces kept), never lines that Limber broke.
    String wide =
        unwrapped(List.of(), arguments)
            .lines()
            .filter(line -> line.length() > 60)
            .findFirst()
            .orElseThrow();
    assertThat(pane.history().lines().map(String::stripTrailing).toList())
        .contains(wide.stripTrailing());
  }

  /**
   * Waits until the program waits for an answer after a question on a row below {@code after}, and
   * returns where the cursor waits.
   */
  private TmuxPane.Cursor awaitQuestion(int after) throws Exception {
    TmuxPane.Cursor[] asked = new TmuxPane.Cursor[1];
    pane.awaitScreen(
        screen -> {
          try {
            asked[0] = pane.cursor();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          String before = asked[0].before();
          return asked[0].row() > after && before.endsWith(" ") && !before.isBlank();
        });
    return asked[0];
  }

  private String runToTheEnd(int columns, List<String> arguments) throws Exception {
    pane = TmuxPane.run(columns, 40, List.of("HOME=" + home), arguments);
    pane.awaitHistory(text -> text.contains("LIMBER-EXIT="));
    return pane.rows();
  }

  /**
   * The pane's rows are no wider than the pane, and read as words (the typed answers and numbers
   * left out, as a terminal echoes the answers) they are the unwrapped output's words in order.
   */
  private static void assertReadsAsWritten(String rows, String unwrapped, int columns) {
    String shown = rows.substring(0, rows.indexOf("LIMBER-EXIT="));
    assertThat(shown.lines().toList())
        .allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(columns));
    assertThat(shown.lines().toList())
        .as("the output is wider than the pane somewhere, so wrapping is tested")
        .anySatisfy(row -> assertThat(row.length()).isGreaterThan(columns - 12));
    assertThat(words(shown)).isEqualTo(words(unwrapped));
    assertThat(unwrapped.lines().mapToInt(String::length).max().orElse(0))
        .as("the unwrapped output has lines wider than the pane")
        .isGreaterThan(columns);
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+"))
        .filter(word -> !word.matches("[yn]|[0-9]+"))
        .toList();
  }

  /** The run's standard output and error as written, without wrapping, {@code input} typed. */
  private static String unwrapped(List<String> input, List<String> arguments) {
    String typed = input.isEmpty() ? "" : String.join("\n", input) + "\n";
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(written, true, StandardCharsets.UTF_8);
    Io io =
        new Io(
            new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
            stream,
            stream,
            !input.isEmpty());
    Main.cli().run(arguments.toArray(String[]::new), io);
    return written.toString(StandardCharsets.UTF_8);
  }

  /** The rows up to the pain questions: the first topic's questions with their answers. */
  private static String firstQuestions(String rows) {
    int end = rows.indexOf("\nNow about your pain");
    return end < 0 ? rows : rows.substring(0, end);
  }

  private String answers() throws Exception {
    return Path.of(getClass().getResource("/answers/clear.json").toURI()).toString();
  }
}
