package dev.limber.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmergencyCallTest {
  @Test
  void theNoticeIsSplitAroundTheNumberItNames() {
    EmergencyCall call = EmergencyCall.of("Call 999 now if you have chest pain.", "999");

    assertThat(call.before()).isEqualTo("Call ");
    assertThat(call.number()).isEqualTo("999");
    assertThat(call.after()).isEqualTo(" now if you have chest pain.");
    assertThat(call.telHref()).isEqualTo("tel:999");
  }

  @Test
  void aNumberInsideALongerOneIsNotTakenForIt() {
    EmergencyCall call = EmergencyCall.of("Ward 1120 or call 112 now.", "112");

    assertThat(call.before()).isEqualTo("Ward 1120 or call ");
    assertThat(call.after()).isEqualTo(" now.");
  }

  @Test
  void aNoticeThatDoesNotNameTheNumberGetsItAfterwards() {
    EmergencyCall call = EmergencyCall.of("Call emergency services now.", "911");

    assertThat(call.before() + call.number() + call.after())
        .isEqualTo("Call emergency services now. The emergency number is 911.");
  }
}
