package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reason is true under every verdict it can appear in (spec rev. 3 §6): no reason shown on a day
 * without a session says that stretches or self-care are fine.
 */
class RuleWordsTest {
  private static final RuleBook RULES = RuleBook.bundled();

  /** Words that offer a stretch or self-care, which a day without a session must never show. */
  static final Pattern OFFERS_SELF_CARE =
      Pattern.compile(
          "(?i)\\b(are|is) fine\\b|stretch (gently|instead)|keep to gentle|stretches only"
              + "|gentle stretches|self-care (is|suits)|suits? you today|may go ahead");

  @Test
  void noReasonShownWithoutASessionOffersStretchesOrSelfCare() {
    for (Rule rule : RULES.rules()) {
      for (Verdict overall : verdictsItCanAppearUnder(rule)) {
        if (overall.allowsSession()) {
          continue;
        }

        String shown = rule.reason(overall).message();

        assertThat(shown)
            .as(rule.id() + " under " + overall)
            .doesNotContainPattern(OFFERS_SELF_CARE);
      }
    }
  }

  @Test
  void aStretchOnlyRuleSaysWhatItStillAllowsWhenTheDayHasStretches() {
    Rule olderAge = RULES.requireRule("X7");

    assertThat(olderAge.reason(Verdict.STRETCH_ONLY).message())
        .startsWith(olderAge.message())
        .endsWith("Gentle stretches are fine.");
    assertThat(olderAge.reason(Verdict.SEE_PROFESSIONAL).message()).isEqualTo(olderAge.message());
  }

  @Test
  void anOlderPersonSentToAProfessionalIsNotToldThatStretchesAreFine() {
    ScreeningResult result =
        Screener.bundled()
            .screen(
                Documents.clear()
                    .with("history.ageYears", 70)
                    .with("history.recentTrauma", "MINOR")
                    .answers());

    assertThat(result.verdict()).isEqualTo(Verdict.SEE_PROFESSIONAL);
    assertThat(result.reasons()).extracting(Reason::rule).contains("X7", "S14");
    assertThat(result.reasons())
        .allSatisfy(reason -> assertThat(reason.message()).doesNotContainPattern(OFFERS_SELF_CARE));
  }

  @Test
  void rejectsWordsOfWhatIsAllowedOnARuleWithoutASession() throws IOException {
    String broken =
        shipped()
            .replace("\"id\": \"S3\",", "\"id\": \"S3\", \"allows\": \"Stretches are fine.\",");

    assertThatThrownBy(() -> RuleBookReader.read("broken.json", broken))
        .hasMessageContaining("allows")
        .hasMessageContaining("not S3");
  }

  /** The rule's own verdict and every stricter one (the strictest fired rule decides). */
  private static List<Verdict> verdictsItCanAppearUnder(Rule rule) {
    return Arrays.stream(Verdict.values())
        .filter(verdict -> verdict.compareTo(rule.verdict()) >= 0)
        .toList();
  }

  private static String shipped() throws IOException {
    try (InputStream in = RuleWordsTest.class.getResourceAsStream("/screening/rules.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
