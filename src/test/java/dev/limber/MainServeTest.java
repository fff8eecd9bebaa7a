package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.catalog.Catalog;
import dev.limber.cli.ServeCommand;
import dev.limber.store.DatabaseHolder;
import dev.limber.store.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code limber serve} wiring: stopping the server always closes the database. */
class MainServeTest {
  @Test
  void closingTheServerReleasesTheDatabaseFileForAnotherProcess() throws Exception {
    Path file = TestDatabases.h2File();
    String url = "jdbc:h2:file:" + file;
    ServeCommand.Running running =
        Main.serve(
            Catalog::bundled,
            new ServeCommand.Settings(
                "127.0.0.1", 0, Optional.of(url), List.of(), Optional.empty(), Optional.empty()));
    assertThat(running.port()).isPositive();

    running.close();

    // H2 lets one process at a time hold a file: the other process opens it only if we let go.
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                DatabaseHolder.class.getName(),
                url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.readLine()).isEqualTo("open");
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }
}
