package dev.limber.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

// The emergency number is one value for the whole process.
@org.junit.jupiter.api.parallel.Isolated
class ServeCommandTest {
  private final List<String> started = new ArrayList<>();
  private final List<ServeCommand.Settings> launched = new ArrayList<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void defaultsToLoopbackPort8080AndTheEmbeddedDatabase() {
    int code = run(Map.of());

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(started).containsExactly("127.0.0.1 8080 Optional.empty");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("http://127.0.0.1:8080/");
  }

  @Test
  void takesHostPortAndDatabaseFromTheEnvironment() {
    int code =
        run(
            Map.of(
                "LIMBER_HOST", "0.0.0.0", "LIMBER_PORT", "9000", "LIMBER_DB_URL", "jdbc:h2:mem:x"));

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(started).containsExactly("0.0.0.0 9000 Optional[jdbc:h2:mem:x]");
  }

  @Test
  void flagsWinOverTheEnvironment() {
    int code =
        run(
            Map.of("LIMBER_HOST", "0.0.0.0", "LIMBER_PORT", "9000"),
            "--host",
            "127.0.0.2",
            "--port",
            "9001",
            "--db",
            "jdbc:postgresql://db/limber");

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(started).containsExactly("127.0.0.2 9001 Optional[jdbc:postgresql://db/limber]");
  }

  @Test
  void rejectsAPortOutOfRangeNamingIt() {
    int fromFlag = run(Map.of(), "--port", "70000");
    int fromEnvironment = run(Map.of("LIMBER_PORT", "eighty"));

    assertThat(fromFlag).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(fromEnvironment).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port").contains("LIMBER_PORT");
    assertThat(started).isEmpty();
  }

  @Test
  void takesTrustedProxiesMetricsTokenAndManagementPortFromFlagsOrTheEnvironment() {
    run(
        Map.of(
            "LIMBER_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1",
            "LIMBER_METRICS_TOKEN", "a-long-metrics-token",
            "LIMBER_MANAGEMENT_PORT", "9100"));
    run(Map.of("LIMBER_TRUSTED_PROXIES", "10.0.0.0/8"), "--trusted-proxy", "::1/128");

    assertThat(launched.get(0).trustedProxies()).containsExactly("10.0.0.0/8", "192.168.1.1");
    assertThat(launched.get(0).metricsToken()).contains("a-long-metrics-token");
    assertThat(launched.get(0).managementPort()).contains(9100);
    assertThat(launched.get(1).trustedProxies()).containsExactly("::1/128");
    assertThat(launched.get(1).metricsToken()).isEmpty();
    assertThat(launched.get(1).managementPort()).isEmpty();
  }

  @Test
  void takesTheEmergencyNumberFromTheFlagOrTheEnvironmentAndRefusesOneThatIsNoNumber() {
    run(Map.of());
    run(Map.of("LIMBER_EMERGENCY_NUMBER", "999"));
    run(Map.of("LIMBER_EMERGENCY_NUMBER", "999"), "--emergency-number", "911");

    int refused = run(Map.of("LIMBER_EMERGENCY_NUMBER", "call 999"));

    assertThat(launched)
        .extracting(ServeCommand.Settings::emergencyNumber)
        .containsExactly("112", "999", "911");
    assertThat(refused).isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("LIMBER_EMERGENCY_NUMBER")
        .contains("call 999");
    run(Map.of());
  }

  private int run(Map<String, String> environment, String... args) {
    CountDownLatch alreadyStopped = new CountDownLatch(0);
    ServeCommand command =
        new ServeCommand(
            environment,
            settings -> {
              started.add(settings.host() + " " + settings.port() + " " + settings.databaseUrl());
              launched.add(settings);
              return new ServeCommand.Running() {
                @Override
                public int port() {
                  return settings.port();
                }

                @Override
                public void close() {}
              };
            },
            alreadyStopped);
    Io io =
        new Io(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    List<String> words = new ArrayList<>();
    words.add("serve");
    words.addAll(List.of(args));
    return new Cli("test", List.of(command), environment).run(words.toArray(String[]::new), io);
  }
}
