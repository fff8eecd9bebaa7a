package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WrappedStreamTest {
  private final ByteArrayOutputStream written = new ByteArrayOutputStream();
  private final Io io =
      new Io(
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(written, true, StandardCharsets.UTF_8),
              new PrintStream(written, true, StandardCharsets.UTF_8),
              true)
          .withColumns(30);

  private String shown() {
    return written.toString(StandardCharsets.UTF_8);
  }

  @Test
  void breaksALongLineBetweenWordsAndNeverInsideOne() {
    io.wrappedOut().println("Stop at once if the stretch hurts after them or feels heavy.");

    assertThat(shown())
        .isEqualTo("Stop at once if the stretch\nhurts after them or feels\nheavy.\n");
  }

  @Test
  void keepsTheHangingIndentOfBulletsNumbersAndColumns() {
    io.wrappedOut().println("  - Warm up first with the gentle stretches of the list.");
    io.wrappedOut().println("  12. Thoracic extension over a chair back");
    io.wrappedOut().println("  S6  See a physiotherapist before cracking.");
    io.wrappedOut().println("  Wall slide: needs something you do not have");

    assertThat(shown())
        .isEqualTo(
            "  - Warm up first with the\n"
                + "    gentle stretches of the\n"
                + "    list.\n"
                + "  12. Thoracic extension over\n"
                + "      a chair back\n"
                + "  S6  See a physiotherapist\n"
                + "      before cracking.\n"
                + "  Wall slide: needs something\n"
                + "    you do not have\n");
  }

  @Test
  void anOptionWithItsArgumentKeepsItsHelpInTheColumn() {
    io.wrappedOut().println("  --place P  where you are: desk or home");

    assertThat(shown()).isEqualTo("  --place P  where you are:\n             desk or home\n");
  }

  @Test
  void aWordWiderThanTheTerminalStandsWholeOnItsOwnLine() {
    io.wrappedOut().println("see https://example.org/a-very-long-address-indeed for more");

    assertThat(shown())
        .isEqualTo("see\nhttps://example.org/a-very-long-address-indeed\nfor more\n");
  }

  @Test
  void aQuestionIsWrittenWrappedAtAFlushBeforeItsAnswerAndItsTrailingSpaceKept() {
    io.wrappedOut().print("Has anything changed since your last check? [y/n] ");
    io.wrappedOut().flush();

    assertThat(shown()).isEqualTo("Has anything changed since\nyour last check? [y/n] ");
  }

  @Test
  void theLineAfterAnAnsweredQuestionStartsAtTheLeftEdge() {
    io.wrappedOut().print("Do you have a fever? [y/n] ");
    io.wrappedOut().flush();

    io.wrappedOut().print("Is there numbness in both legs? [y/n] ");
    io.wrappedOut().flush();

    assertThat(shown())
        .isEqualTo("Do you have a fever? [y/n] Is there numbness in both\nlegs? [y/n] ");
  }

  @Test
  void aQuestionAsWideAsTheTerminalKeepsRoomForItsAnswer() {
    io.wrappedOut().print("How many times today? (0 if none) ");
    io.wrappedOut().flush();

    assertThat(shown()).isEqualTo("How many times today? (0 if\nnone) ");
  }

  @Test
  void aLineBuiltInPiecesWrapsAsOneLine() {
    io.wrappedOut().print("Stop at once if the ");
    io.wrappedOut().print("stretch hurts after them");
    io.wrappedOut().println();

    assertThat(shown()).isEqualTo("Stop at once if the stretch\nhurts after them\n");
  }

  @Test
  void machineOutputIsWrittenAsItIs() {
    String json = "{\"advisories\": [\"a long sentence that is much wider than thirty\"]}";

    io.out().println(json);

    assertThat(shown()).isEqualTo(json + "\n");
  }

  @Test
  void unlimitedStreamsAreTheGivenOnes() {
    PrintStream given = new PrintStream(written, true, StandardCharsets.UTF_8);

    Io unwrapped = new Io(new ByteArrayInputStream(new byte[0]), given, given, false);

    assertThat(unwrapped.wrappedOut()).isSameAs(given);
  }

  @Test
  void withoutATerminalTheWidthIsColumnsElseEighty() {
    assertThat(Io.TerminalWidth.fromEnvironment(Map.of("COLUMNS", "60"))).isEqualTo(60);
    assertThat(Io.TerminalWidth.fromEnvironment(Map.of("COLUMNS", "wide"))).isEqualTo(80);
    assertThat(Io.TerminalWidth.fromEnvironment(Map.of())).isEqualTo(80);
    assertThat(Io.TerminalWidth.of(false, Map.of("COLUMNS", "72")).columns()).isEqualTo(72);
  }
}
