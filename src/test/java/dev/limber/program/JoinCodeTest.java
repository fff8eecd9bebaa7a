package dev.limber.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JoinCodeTest {
  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void aCodeIsEightCharactersWithoutLookAlikesAndLastsFourteenDays() {
    JoinCode code = JoinCode.create(new SplittableRandom(7), "clinician", "program", NOW);

    assertThat(code.code()).hasSize(8).doesNotContainPattern("[0O1IL5S2Z]");
    assertThat(code.expiresAt()).isEqualTo(Instant.parse("2026-12-15T09:00:00Z"));
    assertThat(code.usableAt(NOW.plusSeconds(14L * 24 * 3600 - 1))).isTrue();
    assertThat(code.usableAt(code.expiresAt())).isFalse();
  }

  @Test
  void aUsedCodeIsNoLongerUsable() {
    JoinCode code = JoinCode.create(new SplittableRandom(7), "clinician", "program", NOW);
    JoinCode used =
        new JoinCode(code.code(), "clinician", "program", NOW, code.expiresAt(), Optional.of(NOW));

    assertThat(used.usableAt(NOW)).isFalse();
  }

  @Test
  void whatAPersonTypesIsNormalised() {
    assertThat(JoinCode.normalise(" abcd-efgh ")).isEqualTo("ABCDEFGH");
    assertThat(JoinCode.isWellFormed("ABCDEFGH")).isTrue();
    assertThat(JoinCode.isWellFormed("ABCDEFG0")).isFalse();
  }

  @Test
  void refusesAMalformedCodeNamingIt() {
    assertThatThrownBy(() -> new JoinCode("SHORT", "c", "p", NOW, NOW, Optional.empty()))
        .hasMessageContaining("SHORT");
  }
}
