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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"\\u\uff10\uff10\uff14\uff11\"",
        "\"\\u0\u0f30\u0f34\u0f31\"",
        "\"\\u00\u0664\u0661\""
      })
  void refusesUnicodeEscapesWithDigitsOutsideAscii(String text) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonSyntaxException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\ud800\"", "\"a\\udc00b\"", "{\"\\ud83d\":1}", "\"\ud800\""})
  void refusesLoneSurrogates(String text) {
    assertThatThrownBy(() -> Json.parse(text)).hasMessageContaining("lone surrogate");
  }

  @Test
  void keepsAPairedSurrogate() {
    assertThat(Json.parse("\"\\ud83d\\ude00\"")).isEqualTo("\ud83d\ude00");
  }

  @Test
  void writesFieldErrorsWithFieldBeforeMessage() {
    String written = Json.write(new FieldError("note", "must be at most 1000 characters"));

    assertThat(written)
        .isEqualTo("{\"field\":\"note\",\"message\":\"must be at most 1000 characters\"}");
  }

  @Test
  void prettyPrintsTwoSpacesAndEmptyContainersTight() {
    Map<String, Object> value = new java.util.LinkedHashMap<>();
    value.put("a", List.of(1, 2));
    value.put("b", Map.of());
    value.put("c", List.of());

    assertThat(Json.pretty(value))
        .isEqualTo("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}");
  }

  @Test
  void escapesControlCharactersAndLineSeparators() {
    assertThat(Json.quote("a\u0001\u2028")).isEqualTo("\"a\\u0001\\u2028\"");
  }
}
