package dev.limber.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One throttle rule for sign-in, sign-up and join codes: limits per key and per address. */
class ThrottleTest {
  private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");
  private final InMemoryAttempts attempts = new InMemoryAttempts();

  private Throttle.Admission signIn(String email, String address, Instant at) {
    return Throttle.SIGN_IN.admit(attempts, email, address, at);
  }

  @Test
  void keepsTheLimitsAndWindowsSignInSignUpAndJoinCodesHadBefore() {
    assertThat(Throttle.SIGN_IN.attemptsPerKey()).isEqualTo(5);
    assertThat(Throttle.SIGN_IN.attemptsPerAddress()).isEqualTo(20);
    assertThat(Throttle.SIGN_IN.window()).isEqualTo(Duration.ofMinutes(15));
    assertThat(Throttle.SIGN_UP.perKey()).isEmpty();
    assertThat(Throttle.SIGN_UP.attemptsPerAddress()).isEqualTo(10);
    assertThat(Throttle.SIGN_UP.window()).isEqualTo(Duration.ofHours(1));
    assertThat(Throttle.JOIN_CODE.attemptsPerKey()).isEqualTo(5);
    assertThat(Throttle.JOIN_CODE.attemptsPerAddress()).isEqualTo(20);
    assertThat(Throttle.JOIN_CODE.window()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void refusesTheSixthSignInToOneAccountWithinTheWindowForTheWholeWindow() {
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(signIn("ana@example.org", "10.0.0." + attempt, NOW).refused()).isFalse();
    }

    Throttle.Admission sixth = signIn("ana@example.org", "10.0.0.9", NOW);

    assertThat(sixth.refusal()).contains(Duration.ofMinutes(15));
    assertThat(signIn("ben@example.org", "10.0.0.9", NOW).refused())
        .as("another account from the same address")
        .isFalse();
  }

  @Test
  void refusesTheTwentyFirstSignInFromOneAddressWhateverTheAccount() {
    for (int attempt = 0; attempt < 20; attempt++) {
      assertThat(signIn("person" + attempt + "@example.org", "10.0.0.1", NOW).refused()).isFalse();
    }

    assertThat(signIn("someone@example.org", "10.0.0.1", NOW).refused()).isTrue();
  }

  @Test
  void aRefusedAttemptIsTakenBackSoItNeverExtendsTheWait() {
    for (int attempt = 0; attempt < 5; attempt++) {
      signIn("ana@example.org", "10.0.0.1", NOW);
    }
    Instant later = NOW.plus(Duration.ofMinutes(10));
    assertThat(signIn("ana@example.org", "10.0.0.1", later).refused()).isTrue();

    Instant afterTheFirstWindow = NOW.plus(Duration.ofMinutes(15)).plusSeconds(1);

    assertThat(signIn("ana@example.org", "10.0.0.1", afterTheFirstWindow).refused()).isFalse();
    assertThat(attempts.rowsUnder("account:ana@example.org")).isEqualTo(6);
  }

  @Test
  void aSuccessTakesItsAttemptBackAndClearsTheAccountsEarlierFailures() {
    for (int attempt = 0; attempt < 4; attempt++) {
      signIn("ana@example.org", "10.0.0.1", NOW);
    }
    Throttle.Admission success = signIn("ana@example.org", "10.0.0.1", NOW);

    Throttle.SIGN_IN.takeBack(attempts, success);
    Throttle.SIGN_IN.clear(attempts, "ana@example.org");

    assertThat(attempts.rowsUnder("account:ana@example.org")).isZero();
    assertThat(attempts.rowsUnder("address:10.0.0.1"))
        .as("the address keeps its failures")
        .isEqualTo(4);
  }

  @Test
  void signUpsAreLimitedPerAddressOnlyAndAskForNoKey() {
    for (int attempt = 0; attempt < 10; attempt++) {
      assertThat(Throttle.SIGN_UP.admit(attempts, "10.0.0.1", NOW).refused()).isFalse();
    }

    assertThat(Throttle.SIGN_UP.admit(attempts, "10.0.0.1", NOW).refusal())
        .isEqualTo(Optional.of(Duration.ofHours(1)));
    assertThat(
            Throttle.SIGN_UP.admit(
                attempts, "10.0.0.1", NOW.plus(Duration.ofHours(1)).plusSeconds(1)))
        .extracting(Throttle.Admission::refused)
        .isEqualTo(false);
    assertThatThrownBy(() -> Throttle.SIGN_IN.admit(attempts, "10.0.0.1", NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sign-in");
  }

  @Test
  void joinCodesCountUnderTheirOwnKeysSoTheySpendNoSignIns() {
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(Throttle.JOIN_CODE.admit(attempts, "person-1", "10.0.0.1", NOW).refused())
          .isFalse();
    }

    assertThat(Throttle.JOIN_CODE.admit(attempts, "person-1", "10.0.0.1", NOW).refused()).isTrue();
    assertThat(attempts.rowsUnder("join-code:person-1")).isEqualTo(5);
    assertThat(attempts.rowsUnder("join-code-address:10.0.0.1")).isEqualTo(5);
    assertThat(signIn("ana@example.org", "10.0.0.1", NOW).refused()).isFalse();
  }
}
