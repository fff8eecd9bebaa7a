package dev.limber.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void keepsWholeNumbersApartFromDecimals() {
    Object tree = Json.parse("{\"a\": 5, \"b\": 5.0, \"c\": -1e2}");

    assertThat(tree)
        .isEqualTo(
            Map.of(
                "a",
                BigInteger.valueOf(5),
                "b",
                new BigDecimal("5.0"),
                "c",
                new BigDecimal("-1e2")));
  }

  @Test
  void roundTripsNestedValuesWithEscapes() {
    Map<String, Object> value =
        Map.of("text", "quote \" slash \\ tab \t é \u0001", "list", List.of(true, false));

    assertThat(Json.parse(Json.write(value))).isEqualTo(value);
    assertThat(Json.parse(Json.pretty(value))).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"a\":1,}",
        "[1,]",
        "{\"a\":1}x",
        "NaN",
        "{\"a\":NaN}",
        "01",
        "1.",
        "-",
        "\"abc",
        "{\"a\" 1}",
        "{a:1}",
        "[1 2]",
        "tru",
        "\"\\x\"",
        "{\"a\":1,\"a\":2}"
      })
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonSyntaxException.class);
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);

    assertThatThrownBy(() -> Json.parse(deep)).hasMessageContaining("nesting deeper");
  }

  @Test
  void namesTheDuplicateMember() {
    assertThatThrownBy(() -> Json.parse("{\"chestPain\":true,\"chestPain\":false}"))
        .hasMessageContaining("duplicate member \"chestPain\"");
  }
}
