package dev.limber.json;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JSONTestSuite (src/test/resources/json-test-suite): every {@code y_} document parses and every
 * {@code n_} document is refused, read from its raw bytes as a request body is.
 */
class JsonTestSuiteTest {
  /** Valid JSON that Limber refuses on purpose: a repeated member name is ambiguous input. */
  private static final Set<String> REFUSED_BY_POLICY =
      Set.of("y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json");

  @TestFactory
  Stream<DynamicTest> acceptsEveryYesDocument() throws IOException {
    return documents("y_")
        .filter(file -> !REFUSED_BY_POLICY.contains(file.getFileName().toString()))
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> assertThatCode(() -> parse(file)).doesNotThrowAnyException()));
  }

  @TestFactory
  Stream<DynamicTest> refusesEveryNoDocumentAndTheDuplicateMembers() throws IOException {
    Stream<Path> refused =
        Stream.concat(
            documents("n_"),
            REFUSED_BY_POLICY.stream().map(name -> suite().resolve(name)).sorted());
    return refused.map(
        file ->
            DynamicTest.dynamicTest(
                file.getFileName().toString(),
                () ->
                    assertThatThrownBy(() -> parse(file)).isInstanceOf(JsonSyntaxException.class)));
  }

  private static Object parse(Path file) throws IOException {
    return Json.parse(new ByteArrayInputStream(Files.readAllBytes(file)));
  }

  private static Stream<Path> documents(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(suite())) {
      return files
          .filter(file -> file.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path suite() {
    try {
      return Path.of(JsonTestSuiteTest.class.getResource("/json-test-suite").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
