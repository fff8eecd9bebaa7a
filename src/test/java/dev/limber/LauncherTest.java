package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code limber} launcher rebuilds the jar exactly when a source changed, by its build stamp:
 * run in a copy of the project whose {@code mvnw} only counts builds and whose {@code java} runs
 * nothing.
 */
class LauncherTest {
  @TempDir Path project;
  private Path builds;

  @BeforeEach
  void copyTheLauncherBesideAFakeBuild() throws IOException {
    Files.copy(Path.of("limber"), project.resolve("limber"));
    builds = project.resolve("builds");
    executable(
        project.resolve("mvnw"),
        "#!/usr/bin/env bash\nmkdir -p target && touch target/limber.jar && echo built >> builds\n");
    // Writes the class lists and the archive the launcher asks for, and runs nothing.
    executable(
        project.resolve("bin/java"),
        "#!/usr/bin/env bash\nfor arg; do case $arg in -XX:DumpLoadedClassList=*"
            + " | -XX:SharedArchiveFile=*) touch \"${arg#*=}\" ;; esac; done\n");
    Files.createDirectories(project.resolve("src/main/java/dev/limber"));
    Files.writeString(project.resolve("src/main/java/dev/limber/Main.java"), "class Main {}");
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    aged(project);
  }

  @Test
  void buildsOnTheFirstRunAndNotAgainWhileNothingChanged() throws Exception {
    launch();
    launch();
    launch();

    assertThat(builds()).isEqualTo(1);
  }

  @Test
  void rebuildsWhenASourceIsEdited() throws Exception {
    launch();

    Files.writeString(project.resolve("src/main/java/dev/limber/Main.java"), "class Main { }");
    launch();
    launch();

    assertThat(builds()).isEqualTo(2);
  }

  @Test
  void rebuildsWhenASourceIsAddedOrRemoved() throws Exception {
    launch();

    Files.writeString(project.resolve("src/main/java/dev/limber/Added.java"), "class Added {}");
    Files.setLastModifiedTime(
        project.resolve("src/main/java/dev/limber/Added.java"), FileTime.from(Instant.EPOCH));
    launch();
    Files.delete(project.resolve("src/main/java/dev/limber/Added.java"));
    launch();

    assertThat(builds()).isEqualTo(3);
  }

  @Test
  void rebuildsWhenThePomChangesButNotWhenTheJarWasBuiltElsewhere() throws Exception {
    launch();

    Files.setLastModifiedTime(
        project.resolve("target/limber.jar"), FileTime.from(Instant.now().plusSeconds(5)));
    launch();
    Files.writeString(project.resolve("pom.xml"), "<project></project>");
    Files.setLastModifiedTime(
        project.resolve("pom.xml"), FileTime.from(Instant.now().plusSeconds(10)));
    launch();

    assertThat(builds()).isEqualTo(2);
  }

  private void launch() throws Exception {
    ProcessBuilder launcher =
        new ProcessBuilder("bash", project.resolve("limber").toString(), "--version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .directory(project.toFile());
    launcher.environment().put("PATH", project.resolve("bin") + ":" + System.getenv("PATH"));
    Process process = launcher.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }

  private long builds() throws IOException {
    return Files.exists(builds) ? Files.readAllLines(builds).size() : 0;
  }

  private static void executable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Sets every file and directory an hour back, so a build in the same second is newer. */
  private static void aged(Path root) throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    try (var paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        Files.setLastModifiedTime(path, hourAgo);
      }
    }
  }
}
