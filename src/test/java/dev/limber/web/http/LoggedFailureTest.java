package dev.limber.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class LoggedFailureTest {
  @Test
  void namesEachExceptionAndWhereItWasThrownButNeverItsMessage() {
    IllegalStateException failure =
        new IllegalStateException(
            "insert failed for note 'my private note' and ana@example.org",
            new UncheckedIOException(
                "value 'secret value'", new java.io.IOException("ana@example.org")));

    String logged = LoggedFailure.describe(failure);

    assertThat(logged)
        .contains(IllegalStateException.class.getName())
        .contains("caused by " + UncheckedIOException.class.getName())
        .contains("caused by java.io.IOException")
        .contains("LoggedFailureTest")
        .doesNotContain("private note", "ana@example.org", "secret value");
  }
}
