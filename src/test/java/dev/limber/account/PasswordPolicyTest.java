package dev.limber.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void refusesACommonPasswordWhateverItsCase() {
    assertThat(PasswordPolicy.problem("password123")).contains("most common passwords");
    assertThat(PasswordPolicy.problem("PassWord123")).contains("most common passwords");
  }

  @Test
  void acceptsSeveralUnrelatedWords() {
    assertThat(PasswordPolicy.problem("correct horse battery")).isNull();
  }

  @Test
  void countsCodePointsNotUtf16Units() {
    String nineEmoji = "\uD83D\uDE00".repeat(9);
    String tenEmoji = "\uD83D\uDE00".repeat(10);

    assertThat(nineEmoji.length()).isEqualTo(18);
    assertThat(PasswordPolicy.problem(nineEmoji)).contains("at least 10 characters");
    assertThat(PasswordPolicy.problem(tenEmoji)).isNull();
  }

  @Test
  void refusesMoreThan128CodePoints() {
    assertThat(PasswordPolicy.problem("é".repeat(129))).contains("at most 128");
    assertThat(PasswordPolicy.problem("é".repeat(128))).isNull();
  }

  @Test
  void normalisesDecomposedAndCompatibilityFormsToOne() {
    String composed = Normalizer.normalize("crème brûlée au café", Normalizer.Form.NFC);
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(PasswordPolicy.normalise(decomposed)).isEqualTo(PasswordPolicy.normalise(composed));
    assertThat(PasswordPolicy.normalise("ｆｕｌｌｗｉｄｔｈ")).isEqualTo("fullwidth");
  }
}
