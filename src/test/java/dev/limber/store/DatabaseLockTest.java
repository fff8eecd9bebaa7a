package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseLockTest {
  @Test
  void anH2FileHeldByAnotherProcessGivesAPlainMessageAndLeavesNoTraceFile() throws Exception {
    Path file = TestDatabases.h2File();
    String url = "jdbc:h2:file:" + file;
    Process holder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    DatabaseHolder.class.getName(),
                    url))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.readLine()).isEqualTo("open");

      assertThatThrownBy(() -> Database.open(url))
          .isInstanceOf(DatabaseInUseException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("in use by another Limber process");
      assertThatThrownBy(() -> Database.openForOneCommand(url))
          .isInstanceOf(DatabaseInUseException.class)
          .hasMessageContaining("in use by another Limber process");
      try (Stream<Path> files = Files.list(file.getParent())) {
        assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".trace.db"));
      }
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(30, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }
}
