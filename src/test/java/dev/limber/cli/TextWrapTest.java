package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {
  @Test
  void breaksOnlyBetweenWordsWithAHangingIndent() {
    List<String> lines =
        TextWrap.wrap("Slide your arms slowly up the wall toward overhead", 24, "1. ", "   ");

    assertThat(lines)
        .containsExactly("1. Slide your arms", "   slowly up the wall", "   toward overhead");
  }

  @Test
  void aWordLongerThanALineStandsWholeOnALineOfItsOwn() {
    List<String> lines = TextWrap.wrap("a supercalifragilistic word", 10, "", "");

    assertThat(lines).containsExactly("a", "supercalifragilistic", "word");
  }

  @Test
  void eachLineOfTheLegendWithTheAlarmingSymptomKeyFitsEightyColumns() {
    assertThat(TerminalPlayer.KEYS)
        .contains("a new symptom", "n next technique", "h skip this hold");

    assertThat(TextWrap.joinItems(TerminalPlayer.MOVING_KEYS, TerminalPlayer.KEY_SEPARATOR, 80))
        .hasSize(1);
    assertThat(TextWrap.joinItems(TerminalPlayer.STOPPING_KEYS, TerminalPlayer.KEY_SEPARATOR, 80))
        .hasSize(1);
    assertThat(TextWrap.joinItems(TerminalPlayer.KEYS, TerminalPlayer.KEY_SEPARATOR, 30))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(30))
        .hasSizeGreaterThan(1);
  }
}
