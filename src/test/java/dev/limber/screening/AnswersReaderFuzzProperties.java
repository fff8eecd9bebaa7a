package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.limber.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing the answers parser: whatever bytes arrive, the answer is a verdict or validation errors,
 * never another exception.
 */
class AnswersReaderFuzzProperties {
  private static final Screener SCREENER = Screener.bundled();

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
  }

  @Provide
  Arbitrary<Answers> answers() {
    return AnswersArbitraries.answers();
  }

  @Property(tries = 5000)
  void arbitraryBytesGiveAVerdictOrValidationErrors(@ForAll("bytes") byte[] document) {
    assertAnswered(document);
  }

  @Property(tries = 5000)
  void byteLevelMutationsOfValidDocumentsGiveAVerdictOrValidationErrors(
      @ForAll("answers") Answers answers, @ForAll Random random) {
    byte[] document = Json.write(answers).getBytes(StandardCharsets.UTF_8);

    for (int edit = 0, edits = 1 + random.nextInt(5); edit < edits; edit++) {
      document = mutateBytes(document, random);
    }

    assertAnswered(document);
  }

  @Property(tries = 5000)
  void treeMutationsOfValidDocumentsGiveAVerdictOrValidationErrors(
      @ForAll("answers") Answers answers, @ForAll Random random) {
    Object tree = Json.parse(Json.write(answers));

    for (int edit = 0, edits = 1 + random.nextInt(3); edit < edits; edit++) {
      tree = mutateTree(tree, random, 0);
    }

    assertAnswered(Json.write(tree).getBytes(StandardCharsets.UTF_8));
  }

  @Example
  void deeplyNestedDocumentIsRejectedNotAStackOverflow() {
    String document = "[".repeat(100_000) + "]".repeat(100_000);

    AnswersReading reading = AnswersReader.parse(document.getBytes(StandardCharsets.UTF_8));

    assertThat(reading.isValid()).isFalse();
  }

  @Example
  void hugeNumbersAreRejectedNotRounded() {
    String document =
        "{\"conditions\":[],\"symptoms\":{\"painScore\":1e999999999,\"painDurationWeeks\":"
            + "9".repeat(5000)
            + "},\"history\":{\"ageYears\":-1e-999999999}}";

    AnswersReading reading = AnswersReader.parse(document.getBytes(StandardCharsets.UTF_8));

    assertThat(reading.isValid()).isFalse();
  }

  @Example
  void largeButWellFormedNumbersAreRejectedNamingTheField() {
    String document =
        "{\"conditions\":[],\"symptoms\":{\"painScore\":99999999999999999999,"
            + "\"painDurationWeeks\":1e6},\"history\":{\"ageYears\":1E2}}";

    AnswersReading reading = AnswersReader.parse(document.getBytes(StandardCharsets.UTF_8));

    assertThat(reading.rejection().orElseThrow().errors())
        .extracting(error -> error.field())
        .contains("symptoms.painScore", "symptoms.painDurationWeeks", "history.ageYears")
        .doesNotContain("conditions");
  }

  private static void assertAnswered(byte[] document) {
    AnswersReading reading = AnswersReader.parse(document);

    if (reading.isValid()) {
      ScreeningResult result = SCREENER.screen(reading.requireAnswers());
      assertThat(result.verdict()).isNotNull();
    } else {
      assertThat(reading.rejection().orElseThrow().errors()).isNotEmpty();
    }
  }

  private static byte[] mutateBytes(byte[] document, Random random) {
    if (document.length == 0) {
      return new byte[] {(byte) random.nextInt(256)};
    }
    int at = random.nextInt(document.length);
    return switch (random.nextInt(4)) {
      case 0 -> {
        byte[] changed = document.clone();
        changed[at] = (byte) random.nextInt(256);
        yield changed;
      }
      case 1 -> {
        byte[] shorter = new byte[document.length - 1];
        System.arraycopy(document, 0, shorter, 0, at);
        System.arraycopy(document, at + 1, shorter, at, document.length - at - 1);
        yield shorter;
      }
      case 2 -> {
        byte[] interesting = "{}[]\",:0-1e.9tfnul\\ ".getBytes(StandardCharsets.UTF_8);
        byte[] longer = Arrays.copyOf(document, document.length + 1);
        System.arraycopy(document, at, longer, at + 1, document.length - at);
        longer[at] = interesting[random.nextInt(interesting.length)];
        yield longer;
      }
      default -> Arrays.copyOf(document, at);
    };
  }

  /** Replaces, removes or adds one node somewhere in the tree. */
  @SuppressWarnings("unchecked")
  private static Object mutateTree(Object node, Random random, int depth) {
    if (node instanceof Map<?, ?> map && !map.isEmpty() && random.nextInt(4) != 0) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
      List<String> keys = new ArrayList<>(copy.keySet());
      String key = keys.get(random.nextInt(keys.size()));
      switch (random.nextInt(4)) {
        case 0 -> copy.remove(key);
        case 1 -> copy.put(key + "x", randomValue(random, depth));
        default -> copy.put(key, mutateTree(copy.get(key), random, depth + 1));
      }
      return copy;
    }
    if (node instanceof List<?> list && !list.isEmpty() && random.nextInt(4) != 0) {
      List<Object> copy = new ArrayList<>(list);
      int index = random.nextInt(copy.size());
      copy.set(index, mutateTree(copy.get(index), random, depth + 1));
      if (random.nextBoolean()) {
        copy.add(randomValue(random, depth));
      }
      return copy;
    }
    return randomValue(random, depth);
  }

  private static Object randomValue(Random random, int depth) {
    return switch (random.nextInt(depth > 3 ? 8 : 10)) {
      case 0 -> null;
      case 1 -> random.nextBoolean();
      case 2 -> BigInteger.valueOf(random.nextInt(300) - 100);
      case 3 -> new BigInteger(200, random);
      case 4 -> BigDecimal.valueOf(random.nextDouble() * 20 - 5);
      case 5 -> "ONE_LEG";
      case 6 -> "";
      case 7 -> Arrays.asList(Condition.values()).get(random.nextInt(18)).name();
      case 8 -> new ArrayList<>(Arrays.asList(randomValue(random, depth + 1)));
      default -> {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("painScore", randomValue(random, depth + 1));
        yield object;
      }
    };
  }
}
