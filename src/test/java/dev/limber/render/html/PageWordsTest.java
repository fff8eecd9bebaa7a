package dev.limber.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PageWordsTest {
  @Test
  void aChangeInPainReadsAsLowerHigherOrNone() {
    assertThat(PageWords.painChange(new BigDecimal("-1.0"), 10))
        .isEqualTo("pain 1.0 point lower after the session, on average over 10 sessions");
    assertThat(PageWords.painChange(new BigDecimal("0.5"), 1))
        .isEqualTo("pain 0.5 points higher after the session, on average over 1 session");
    assertThat(PageWords.painChange(new BigDecimal("0.0"), 3))
        .isEqualTo("no change in pain, on average over 3 sessions");
  }
}
