package dev.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Safety sentences live in one word table (screening/words.json, spec rev. 3 §6): no face, service
 * or template writes its own copy of the ones moved there, so they cannot drift apart again.
 */
class FaceWordsTest {
  /** Sentences the word table holds, as the faces once wrote them. */
  private static final List<String> TABLE_ONLY =
      List.of(
          "In an emergency",
          "Stop at once if anything hurts",
          "stop and get help",
          "Book a physiotherapist or doctor",
          "until it is closed, every check",
          "record their review",
          "Get medical help before you exercise",
          "See a professional before you exercise",
          "A pain flag is open",
          "every check says to see a professional");

  private static final List<Path> FACES =
      List.of(
          Path.of("src/main/java/dev/limber/cli"),
          Path.of("src/main/java/dev/limber/web"),
          Path.of("src/main/java/dev/limber/render"),
          Path.of("src/main/java/dev/limber/app"),
          Path.of("src/main/jte"));

  @Test
  void noFaceWritesASentenceTheWordTableHolds() throws IOException {
    List<String> copies = new ArrayList<>();
    for (Path folder : FACES) {
      try (Stream<Path> files = Files.walk(folder)) {
        files
            .filter(Files::isRegularFile)
            .forEach(
                file -> {
                  String text = read(file);
                  for (String sentence : TABLE_ONLY) {
                    if (withoutComments(text).contains(sentence)) {
                      copies.add(file + ": \"" + sentence + "\"");
                    }
                  }
                });
      }
    }

    assertThat(copies).isEmpty();
  }

  @Test
  void theWordTableHoldsEachOfThem() throws IOException {
    String table = Files.readString(Path.of("src/main/resources/screening/words.json"));

    for (String sentence : TABLE_ONLY) {
      assertThat(table).as(sentence).contains(sentence);
    }
  }

  /** Javadoc and line comments may quote a sentence to say where it comes from. */
  private static String withoutComments(String text) {
    return text.replaceAll("(?m)^\\s*(\\*|//|/\\*\\*).*$", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("read " + file, e);
    }
  }
}
