package dev.limber.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader and writer over plain Java values.
 *
 * <p>Reading gives {@code Map<String, Object>} (in document order), {@code List<Object>}, {@code
 * String}, {@code Boolean}, {@code null}, {@link BigInteger} for numbers written without a fraction
 * or exponent and {@link BigDecimal} for the rest, so a caller can tell {@code 5} from {@code 5.0}.
 * Writing accepts those types plus any {@link Number}, enums (by name), {@link Collection}s and
 * {@link JsonValue}s. Both are thread-safe.
 */
public final class Json {
  /** Deeper nesting is rejected rather than risking the stack on hostile input. */
  public static final int MAX_DEPTH = 64;

  private Json() {}

  /**
   * Parses one JSON document; throws {@link JsonSyntaxException} naming the offset of the fault.
   */
  public static Object parse(String text) {
    Reader reader = new Reader(text);
    reader.skipWhitespace();
    Object value = reader.readValue(0);
    reader.skipWhitespace();
    if (reader.position < text.length()) {
      throw reader.fault("unexpected text after the document");
    }
    return value;
  }

  /** Compact JSON text for a value tree. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder(1024);
    new Writer(out, false).value(value, 0);
    return out.toString();
  }

  /** Indented JSON text (two spaces) for a value tree, for people reading it. */
  public static String pretty(Object value) {
    StringBuilder out = new StringBuilder(512);
    new Writer(out, true).value(value, 0);
    return out.toString();
  }

  /** Quotes and escapes a string as a JSON string literal. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    Writer.string(out, text);
    return out.toString();
  }

  private static final class Reader {
    private final String text;
    private int position;

    Reader(String text) {
      this.text = text;
    }

    JsonSyntaxException fault(String problem) {
      return new JsonSyntaxException(problem + " at offset " + position, position);
    }

    void skipWhitespace() {
      while (position < text.length()) {
        char next = text.charAt(position);
        if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
          return;
        }
        position++;
      }
    }

    Object readValue(int depth) {
      if (depth > MAX_DEPTH) {
        throw fault("nesting deeper than " + MAX_DEPTH);
      }
      if (position >= text.length()) {
        throw fault("unexpected end of input");
      }
      char next = text.charAt(position);
      switch (next) {
        case '{':
          return readObject(depth);
        case '[':
          return readArray(depth);
        case '"':
          return readString();
        case 't':
          return readLiteral("true", Boolean.TRUE);
        case 'f':
          return readLiteral("false", Boolean.FALSE);
        case 'n':
          return readLiteral("null", null);
        default:
          if (next == '-' || (next >= '0' && next <= '9')) {
            return readNumber();
          }
          throw fault("unexpected character '" + printable(next) + "'");
      }
    }

    private Map<String, Object> readObject(int depth) {
      Map<String, Object> members = new LinkedHashMap<>();
      position++;
      skipWhitespace();
      if (peek() == '}') {
        position++;
        return members;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw fault("expected a quoted member name");
        }
        int nameStart = position;
        String name = readString();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        Object value = readValue(depth + 1);
        if (members.containsKey(name)) {
          position = nameStart;
          throw fault("duplicate member \"" + name + "\"");
        }
        members.put(name, value);
        skipWhitespace();
        char separator = peek();
        position++;
        if (separator == '}') {
          return members;
        }
        if (separator != ',') {
          position--;
          throw fault("expected ',' or '}'");
        }
      }
    }

    private List<Object> readArray(int depth) {
      List<Object> items = new ArrayList<>();
      position++;
      skipWhitespace();
      if (peek() == ']') {
        position++;
        return items;
      }
      while (true) {
        skipWhitespace();
        items.add(readValue(depth + 1));
        skipWhitespace();
        char separator = peek();
        position++;
        if (separator == ']') {
          return items;
        }
        if (separator != ',') {
          position--;
          throw fault("expected ',' or ']'");
        }
      }
    }

    private String readString() {
      position++;
      StringBuilder value = new StringBuilder();
      while (true) {
        if (position >= text.length()) {
          throw fault("unterminated string");
        }
        char next = text.charAt(position++);
        if (next == '"') {
          return value.toString();
        }
        if (next < 0x20) {
          position--;
          throw fault("control character in string");
        }
        if (next != '\\') {
          value.append(next);
          continue;
        }
        if (position >= text.length()) {
          throw fault("unterminated escape");
        }
        char escape = text.charAt(position++);
        switch (escape) {
          case '"', '\\', '/' -> value.append(escape);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> value.append(readHexChar());
          default -> {
            position--;
            throw fault("unknown escape '\\" + printable(escape) + "'");
          }
        }
      }
    }

    private char readHexChar() {
      if (position + 4 > text.length()) {
        throw fault("short unicode escape");
      }
      int code = 0;
      for (int i = 0; i < 4; i++) {
        int digit = Character.digit(text.charAt(position++), 16);
        if (digit < 0) {
          position--;
          throw fault("bad unicode escape");
        }
        code = code * 16 + digit;
      }
      return (char) code;
    }

    private Object readNumber() {
      int start = position;
      if (peek() == '-') {
        position++;
      }
      if (peek() == '0') {
        position++;
      } else if (isDigit(peek())) {
        skipDigits();
      } else {
        throw fault("expected a digit");
      }
      boolean integral = true;
      if (peek() == '.') {
        integral = false;
        position++;
        if (!isDigit(peek())) {
          throw fault("expected a digit after '.'");
        }
        skipDigits();
      }
      if (peek() == 'e' || peek() == 'E') {
        integral = false;
        position++;
        if (peek() == '+' || peek() == '-') {
          position++;
        }
        if (!isDigit(peek())) {
          throw fault("expected a digit in the exponent");
        }
        skipDigits();
      }
      String literal = text.substring(start, position);
      if (literal.length() > 100) {
        position = start;
        throw fault("number too long");
      }
      if (integral) {
        return new BigInteger(literal);
      }
      BigDecimal decimal = new BigDecimal(literal);
      if (Math.abs(decimal.scale()) > 1000) {
        position = start;
        throw fault("number out of range");
      }
      return decimal;
    }

    private void skipDigits() {
      while (isDigit(peek())) {
        position++;
      }
    }

    private static boolean isDigit(char character) {
      return character >= '0' && character <= '9';
    }

    private Object readLiteral(String literal, Object value) {
      if (!text.startsWith(literal, position)) {
        throw fault("unexpected word");
      }
      position += literal.length();
      return value;
    }

    private void expect(char expected) {
      if (peek() != expected) {
        throw fault("expected '" + expected + "'");
      }
      position++;
    }

    private char peek() {
      return position < text.length() ? text.charAt(position) : '\0';
    }

    private static String printable(char character) {
      return character < 0x20 || character > 0x7e
          ? String.format("\\u%04x", (int) character)
          : String.valueOf(character);
    }
  }

  private static final class Writer {
    private final StringBuilder out;
    private final boolean indent;

    Writer(StringBuilder out, boolean indent) {
      this.out = out;
      this.indent = indent;
    }

    void value(Object value, int depth) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof JsonValue json) {
        value(json.toJson(), depth);
      } else if (value instanceof String text) {
        string(out, text);
      } else if (value instanceof Boolean flag) {
        out.append(flag.booleanValue());
      } else if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
          throw new IllegalArgumentException("not a JSON number: " + number);
        }
        out.append(
            number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number));
      } else if (value instanceof BigDecimal decimal) {
        out.append(decimal.toPlainString());
      } else if (value instanceof Number number) {
        out.append(number);
      } else if (value instanceof Enum<?> constant) {
        string(out, constant.name());
      } else if (value instanceof Map<?, ?> map) {
        object(map, depth);
      } else if (value instanceof Collection<?> items) {
        array(items, depth);
      } else {
        throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName());
      }
    }

    private void object(Map<?, ?> map, int depth) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(depth + 1);
        string(out, String.valueOf(member.getKey()));
        out.append(indent ? ": " : ":");
        value(member.getValue(), depth + 1);
      }
      newline(depth);
      out.append('}');
    }

    private void array(Collection<?> items, int depth) {
      if (items.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.append(',');
        }
        first = false;
        newline(depth + 1);
        value(item, depth + 1);
      }
      newline(depth);
      out.append(']');
    }

    private void newline(int depth) {
      if (indent) {
        out.append('\n');
        out.append("  ".repeat(depth));
      }
    }

    static void string(StringBuilder out, String text) {
      out.append('"');
      int plain = 0;
      while (plain < text.length() && needsNoEscape(text.charAt(plain))) {
        plain++;
      }
      // Most strings need no escaping: one bulk copy instead of a char at a time (bench/http.sh).
      out.append(text, 0, plain);
      for (int i = plain; i < text.length(); i++) {
        char character = text.charAt(i);
        switch (character) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (character < 0x20 || character == '\u2028' || character == '\u2029') {
              out.append(String.format("\\u%04x", (int) character));
            } else {
              out.append(character);
            }
          }
        }
      }
      out.append('"');
    }

    private static boolean needsNoEscape(char character) {
      return character >= 0x20
          && character != '"'
          && character != '\\'
          && character != '\u2028'
          && character != '\u2029';
    }
  }
}
