package dev.limber.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAnswerTest {
  @ParameterizedTest
  @CsvSource({"0.5, 0.5", "'0,5', 0.5", "2, 2", "' 12 ', 12", "5200, 5200", "'0,25', 0.25"})
  void readsWeeksWithADecimalPointOrComma(String text, BigDecimal weeks) {
    assertThat(TypedAnswer.weeks(text).requireValue()).isEqualByComparingTo(weeks);
  }

  @Test
  void refusesAnExponentSayingSo() {
    TypedAnswer<BigDecimal> answer = TypedAnswer.weeks("1e3");

    assertThat(answer.isRead()).isFalse();
    assertThat(answer.problem())
        .hasValue(
            "\"1e3\" is not a number of weeks from 0 to 5200:"
                + " write the number out without an exponent (e).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-1", "+2", "1e3", "0.555", "5200.01", "99999", ".5"})
  void refusesWhatIsNoPlainNumberOfWeeks(String text) {
    assertThat(TypedAnswer.weeks(text).problem())
        .hasValueSatisfying(problem -> assertThat(problem).startsWith("\"" + text + "\" is not"));
  }

  @Test
  void namesTheDecimalsAndTheBoundInPlainWords() {
    assertThat(TypedAnswer.weeks("0.555").problem().orElseThrow())
        .endsWith("use at most 2 decimals, such as 0.5.");
    assertThat(TypedAnswer.weeks("5201").problem().orElseThrow()).endsWith("it is above 5200.");
    assertThat(TypedAnswer.weeks("-1").problem().orElseThrow()).endsWith("leave out the sign.");
    assertThat(TypedAnswer.weeks("").problem())
        .hasValue("Type a number of weeks from 0 to 5200, such as 2 or 0.5.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0", "+3", "3.0", "3,5", "1e1", "ten", "11", "٣"})
  void refusesAnythingButDigitsWithinTheBoundsForAWholeNumber(String text) {
    assertThat(TypedAnswer.wholeNumber(text, 0, 10).isRead()).isFalse();
  }

  @Test
  void saysWhyAWholeNumberIsRefused() {
    assertThat(TypedAnswer.wholeNumber("11", 0, 10).problem())
        .hasValue("\"11\" is not a whole number from 0 to 10: it is above 10.");
    assertThat(TypedAnswer.wholeNumber("0", 1, 3).problem())
        .hasValue("\"0\" is not a whole number from 1 to 3: it is below 1.");
    assertThat(TypedAnswer.wholeNumber("2.5", 0, 10).problem())
        .hasValue("\"2.5\" is not a whole number from 0 to 10: it has a decimal part.");
    assertThat(TypedAnswer.wholeNumber("", 0, 10).problem())
        .hasValue("Type a whole number from 0 to 10.");
  }

  @Test
  void readsAWholeNumberWithLeadingZeros() {
    assertThat(TypedAnswer.wholeNumber("007", 0, 10).requireValue()).isEqualTo(7);
    assertThat(TypedAnswer.wholeNumber("99999999999", 0, 10).problem().orElseThrow())
        .endsWith("it is above 10.");
  }

  @Test
  void anEmptyOptionalNumberIsSkipped() {
    assertThat(TypedAnswer.optionalWholeNumber(" ", 0, 120).requireValue()).isEmpty();
    assertThat(TypedAnswer.optionalWholeNumber("42", 0, 120).requireValue()).hasValue(42);
    assertThat(TypedAnswer.optionalWholeNumber("x", 0, 120).isRead()).isFalse();
  }

  @Test
  void readsYesAndNoInAnyCase() {
    assertThat(TypedAnswer.yesNo("Y").requireValue()).isTrue();
    assertThat(TypedAnswer.yesNo(" no ").requireValue()).isFalse();
    assertThat(TypedAnswer.yesNo("maybe").problem()).hasValue("\"maybe\" is not yes or no.");
    assertThat(TypedAnswer.yesNo("").problem()).hasValue("No answer was given.");
  }

  @Test
  void anAnswerIsAValueOrAProblemNeverBoth() {
    assertThatThrownBy(() -> new TypedAnswer<>(Optional.of(2), Optional.of("and a problem")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
