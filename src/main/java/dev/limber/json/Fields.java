package dev.limber.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Strict reading of one JSON object from a parsed tree: every getter checks the type and range
 * without coercing, and every problem is added to a shared error list with its field path, so a
 * caller reports all of them at once. Getters answer {@code null} or an empty value after an error;
 * a caller builds its result only when {@link #errors()} stays empty. Not thread-safe.
 */
public final class Fields {
  private final Map<String, Object> members;
  private final String path;
  private final List<FieldError> errors;

  private Fields(Map<String, Object> members, String path, List<FieldError> errors) {
    this.members = members;
    this.path = path;
    this.errors = errors;
  }

  /**
   * Reads {@code tree} as the top-level object; if it is not an object, records an error under
   * {@code rootName} and answers an empty reader.
   */
  public static Fields root(Object tree, String rootName, List<FieldError> errors) {
    return of(tree, rootName, "", errors);
  }

  /**
   * Reads {@code tree} as an object found at {@code path} in a larger document (an item of a
   * streamed array): errors name the full path, such as {@code checkIns[3].pain}.
   */
  public static Fields at(Object tree, String path, List<FieldError> errors) {
    return of(tree, path, path, errors);
  }

  private static Fields of(
      Object value, String reportedPath, String path, List<FieldError> errors) {
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, Object> members = (Map<String, Object>) map;
      return new Fields(members, path, errors);
    }
    errors.add(new FieldError(reportedPath, "must be a JSON object, found " + describe(value)));
    return new Fields(Map.of(), path, errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The path of a member of this object, for messages: {@code symptoms.painScore}. */
  public String pathOf(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The member names, in document order. */
  public List<String> names() {
    return List.copyOf(members.keySet());
  }

  public boolean has(String name) {
    return members.containsKey(name);
  }

  /** True when the member is present with the value JSON {@code null}. */
  public boolean isNull(String name) {
    return members.containsKey(name) && members.get(name) == null;
  }

  /** Records an error for every member not named in {@code allowed}. */
  public void allowOnly(String... allowed) {
    Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
    for (String name : members.keySet()) {
      if (!known.contains(name)) {
        errors.add(new FieldError(pathOf(name), "unknown field; allowed here: " + known));
      }
    }
  }

  public void reject(String name, String message) {
    errors.add(new FieldError(pathOf(name), message));
  }

  public Fields object(String name) {
    if (!members.containsKey(name)) {
      missing(name, "an object");
      return new Fields(Map.of(), pathOf(name), errors);
    }
    return of(members.get(name), pathOf(name), pathOf(name), errors);
  }

  public Optional<Fields> optionalObject(String name) {
    return members.containsKey(name) ? Optional.of(object(name)) : Optional.empty();
  }

  public Integer integer(String name, int min, int max) {
    if (!members.containsKey(name)) {
      missing(name, "a whole number from " + min + " to " + max);
      return null;
    }
    return integerValue(name, members.get(name), min, max);
  }

  /** An integer that may be absent or null (both mean "not given"). */
  public Optional<Integer> optionalInteger(String name, int min, int max) {
    Object value = members.get(name);
    return value == null
        ? Optional.empty()
        : Optional.ofNullable(integerValue(name, value, min, max));
  }

  public int integerOr(String name, int min, int max, int fallback) {
    if (!members.containsKey(name)) {
      return fallback;
    }
    Integer value = integerValue(name, members.get(name), min, max);
    return value == null ? fallback : value;
  }

  private Integer integerValue(String name, Object value, int min, int max) {
    if (!(value instanceof BigInteger number)) {
      wrongType(name, "a whole number from " + min + " to " + max, value);
      return null;
    }
    if (number.compareTo(BigInteger.valueOf(min)) < 0
        || number.compareTo(BigInteger.valueOf(max)) > 0) {
      errors.add(
          new FieldError(pathOf(name), "must be from " + min + " to " + max + ", found " + number));
      return null;
    }
    return number.intValue();
  }

  /** A number (whole or decimal) within the inclusive range. */
  public BigDecimal number(String name, BigDecimal min, BigDecimal max) {
    return number(name, min, max, Integer.MAX_VALUE);
  }

  /**
   * As {@link #number(String, BigDecimal, BigDecimal)}, with at most {@code decimalPlaces} digits
   * after the point (trailing zeros do not count), so what is kept is exactly what was given and
   * stays short when written out in full.
   */
  public BigDecimal number(String name, BigDecimal min, BigDecimal max, int decimalPlaces) {
    if (!members.containsKey(name)) {
      missing(name, "a number from " + min + " to " + max);
      return null;
    }
    Object value = members.get(name);
    BigDecimal number;
    if (value instanceof BigInteger whole) {
      number = new BigDecimal(whole);
    } else if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else {
      wrongType(name, "a number from " + min + " to " + max, value);
      return null;
    }
    if (number.stripTrailingZeros().scale() > decimalPlaces) {
      errors.add(
          new FieldError(
              pathOf(name),
              "must have at most " + decimalPlaces + " decimal places, found " + describe(number)));
      return null;
    }
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      errors.add(
          new FieldError(
              pathOf(name), "must be from " + min + " to " + max + ", found " + shown(number)));
      return null;
    }
    return number;
  }

  public Boolean bool(String name) {
    if (!members.containsKey(name)) {
      missing(name, "true or false");
      return null;
    }
    return boolValue(name, members.get(name));
  }

  public boolean boolOr(String name, boolean fallback) {
    if (!members.containsKey(name)) {
      return fallback;
    }
    Boolean value = boolValue(name, members.get(name));
    return value == null ? fallback : value;
  }

  private Boolean boolValue(String name, Object value) {
    if (value instanceof Boolean flag) {
      return flag;
    }
    wrongType(name, "true or false", value);
    return null;
  }

  public String string(String name) {
    if (!members.containsKey(name)) {
      missing(name, "a text");
      return null;
    }
    Object value = members.get(name);
    if (value instanceof String text) {
      if (text.isBlank()) {
        errors.add(new FieldError(pathOf(name), "must not be blank"));
        return null;
      }
      return text;
    }
    wrongType(name, "a text", value);
    return null;
  }

  public Optional<String> optionalString(String name) {
    Object value = members.get(name);
    return value == null ? Optional.empty() : Optional.ofNullable(string(name));
  }

  /**
   * A text a request may leave out: absent answers empty; given, it must be a non-blank text, and
   * {@code null} is refused rather than read as absent (fails closed, as the API's schemas say).
   */
  public Optional<String> givenString(String name) {
    return members.containsKey(name) ? Optional.ofNullable(string(name)) : Optional.empty();
  }

  public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    if (!members.containsKey(name)) {
      missing(name, "one of " + names(type));
      return null;
    }
    return enumOf(pathOf(name), members.get(name), type);
  }

  public <E extends Enum<E>> E enumOr(String name, Class<E> type, E fallback) {
    if (!members.containsKey(name)) {
      return fallback;
    }
    E value = enumOf(pathOf(name), members.get(name), type);
    return value == null ? fallback : value;
  }

  /** A required array of distinct enum codes; a repeated code is an error, not a silent merge. */
  public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    if (!members.containsKey(name)) {
      missing(name, "an array of " + names(type));
      return EnumSet.noneOf(type);
    }
    return enumSetValue(name, type);
  }

  public <E extends Enum<E>> Set<E> enumSetOr(String name, Class<E> type) {
    return members.containsKey(name) ? enumSetValue(name, type) : EnumSet.noneOf(type);
  }

  private <E extends Enum<E>> Set<E> enumSetValue(String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    List<Object> items = array(name);
    for (int index = 0; index < items.size(); index++) {
      String itemPath = pathOf(name) + "[" + index + "]";
      E value = enumOf(itemPath, items.get(index), type);
      if (value != null && !values.add(value)) {
        errors.add(new FieldError(itemPath, "repeats " + value.name()));
      }
    }
    return values;
  }

  private <E extends Enum<E>> E enumOf(String fieldPath, Object value, Class<E> type) {
    if (value instanceof String code) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return constant;
        }
      }
      errors.add(
          new FieldError(
              fieldPath, "unknown code " + Json.quote(code) + "; allowed: " + names(type)));
      return null;
    }
    errors.add(
        new FieldError(fieldPath, "must be one of " + names(type) + ", found " + describe(value)));
    return null;
  }

  /** A required array; answers an empty list after recording an error. */
  public List<Object> array(String name) {
    if (!members.containsKey(name)) {
      missing(name, "an array");
      return List.of();
    }
    Object value = members.get(name);
    if (value instanceof List<?> list) {
      return Collections.unmodifiableList(new ArrayList<>(list));
    }
    wrongType(name, "an array", value);
    return List.of();
  }

  /** A required array of non-blank strings. */
  public List<String> strings(String name) {
    List<String> texts = new ArrayList<>();
    List<Object> items = array(name);
    for (int index = 0; index < items.size(); index++) {
      Object item = items.get(index);
      if (item instanceof String text && !text.isBlank()) {
        texts.add(text);
      } else {
        errors.add(
            new FieldError(
                pathOf(name) + "[" + index + "]",
                "must be a non-blank text, found " + describe(item)));
      }
    }
    return List.copyOf(texts);
  }

  /** Reads each element of a required array as an object. */
  public List<Fields> objects(String name) {
    List<Fields> readers = new ArrayList<>();
    List<Object> items = array(name);
    for (int index = 0; index < items.size(); index++) {
      String itemPath = pathOf(name) + "[" + index + "]";
      readers.add(of(items.get(index), itemPath, itemPath, errors));
    }
    return readers;
  }

  private void missing(String name, String expected) {
    errors.add(new FieldError(pathOf(name), "is required: " + expected));
  }

  private void wrongType(String name, String expected, Object value) {
    errors.add(new FieldError(pathOf(name), "must be " + expected + ", found " + describe(value)));
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Enum::name)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The number written out in full when that is short, else as {@link #describe} shows it. */
  private static String shown(BigDecimal number) {
    // An exponent of a million would write a million digits: look before writing.
    boolean fewDigits = number.precision() - number.scale() <= 40 && number.scale() <= 40;
    return fewDigits ? number.toPlainString() : describe(number);
  }

  /** A short, safe description of a found value for error messages. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof String text) {
      String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
      return "the text " + Json.quote(shown);
    }
    if (value instanceof BigDecimal decimal) {
      String shown = decimal.toString();
      return "the number " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
    }
    if (value instanceof BigInteger whole) {
      String shown = whole.toString();
      return "the number " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
    }
    if (value instanceof Boolean flag) {
      return flag.toString();
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    return value.getClass().getSimpleName();
  }
}
