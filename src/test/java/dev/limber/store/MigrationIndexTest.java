package dev.limber.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migration index a one-shot command reads instead of listing the jar. */
class MigrationIndexTest {
  private static final Path FOLDER = Path.of("src/main/resources/db/migration");
  private static final Path INDEX = Path.of("src/main/resources", Migrations.INDEX);

  @Test
  void theIndexNamesExactlyTheMigrationsInTheFolder() throws Exception {
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(Files.readAllLines(INDEX, StandardCharsets.UTF_8))
          .as("add every new migration's file name to " + INDEX)
          .containsExactlyInAnyOrderElementsOf(
              files.map(file -> file.getFileName().toString()).toList());
    }
  }

  @Test
  void theVersionsFromTheIndexAreTheVersionsListedFromTheFolder() {
    assertThat(Migrations.onClassPath()).isEqualTo(Migrations.listed()).isPresent();
  }
}
