package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetsTest {
  @Test
  void missingNamesAreNotRemembered() {
    Assets assets = new Assets();

    for (int miss = 0; miss < 1_000; miss++) {
      assertThat(assets.find("missing-" + miss + ".css")).isEmpty();
    }

    assertThat(assets.remembered()).isZero();
  }

  @Test
  void aFoundAssetIsReadOnceAndServedAgainFromMemory() {
    Assets assets = new Assets();

    Assets.Asset first = assets.find("limber.css").orElseThrow();
    Assets.Asset second = assets.find("limber.css").orElseThrow();

    assertThat(second).isSameAs(first);
    assertThat(assets.remembered()).isEqualTo(1);
  }
}
