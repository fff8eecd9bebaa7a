package dev.limber.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader and writer over plain Java values, on jackson-core's streaming parser and
 * generator.
 *
 * <p>Reading gives {@code Map<String, Object>} (in document order), {@code List<Object>}, {@code
 * String}, {@code Boolean}, {@code null}, {@link BigInteger} for numbers written without a fraction
 * or exponent and {@link BigDecimal} for the rest, so a caller can tell {@code 5} from {@code 5.0}.
 * Duplicate member names, lone surrogates, nesting deeper than {@link #MAX_DEPTH} and numbers
 * longer than {@link #MAX_NUMBER_LENGTH} are faults. Writing accepts those types plus any {@link
 * Number}, enums (by name), {@link Collection}s and {@link JsonValue}s. Both are thread-safe.
 */
public final class Json {
  /** Deeper nesting is rejected rather than risking the stack on hostile input. */
  public static final int MAX_DEPTH = 64;

  /** Longer number literals are rejected: no field of Limber's needs more digits. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .characterEscapes(new LineSeparatorEscapes())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH + 1)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxStringLength(20_000_000)
                  .build())
          .build();

  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""));

  private Json() {}

  /**
   * Parses one JSON document; throws {@link JsonSyntaxException} naming the offset of the fault.
   */
  public static Object parse(String text) {
    try (JsonParser parser =
        FACTORY.createParser(new EscapeCheckingReader(new StringReader(text)))) {
      return document(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("read JSON text", e);
    }
  }

  /**
   * Parses one JSON document from UTF-8 bytes, reading the stream as it goes; bytes that are not
   * UTF-8 are a {@link JsonSyntaxException} too. The stream is not closed.
   */
  public static Object parse(InputStream utf8) {
    try (JsonParser parser = parser(utf8)) {
      return document(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("read JSON bytes", e);
    }
  }

  /**
   * A strict streaming reader over UTF-8 bytes, for {@link JsonStream}: step through its tokens and
   * read each small part with {@link #value(JsonParser)}.
   */
  static JsonParser parser(InputStream utf8) throws IOException {
    InputStreamReader strictUtf8 =
        new InputStreamReader(
            utf8,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return FACTORY.createParser(new EscapeCheckingReader(strictUtf8));
  }

  /**
   * The value at the parser's current token (which must be the start of a value) as a plain tree;
   * faults become {@link JsonSyntaxException}.
   */
  static Object value(JsonParser parser) {
    try {
      return new Reader(parser).value(parser.currentToken());
    } catch (IOException e) {
      throw fault(parser, e);
    }
  }

  /** The next token; faults become {@link JsonSyntaxException}. */
  static JsonToken next(JsonParser parser) {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw fault(parser, e);
    }
  }

  /** The member name at the parser's current token, checked for lone surrogates. */
  static String memberName(JsonParser parser) {
    try {
      return Reader.checked(parser, parser.currentName());
    } catch (IOException e) {
      throw fault(parser, e);
    }
  }

  private static Object document(JsonParser parser) {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonSyntaxException("unexpected end of input at offset 0", 0);
      }
      Object value = new Reader(parser).value(first);
      if (parser.nextToken() != null) {
        throw new JsonSyntaxException(
            "unexpected text after the document at offset " + offset(parser), offset(parser));
      }
      return value;
    } catch (IOException e) {
      throw fault(parser, e);
    }
  }

  private static RuntimeException fault(JsonParser parser, IOException failure) {
    if (failure instanceof CharacterCodingException
        || failure.getCause() instanceof CharacterCodingException) {
      return new JsonSyntaxException("is not valid UTF-8 text", offset(parser));
    }
    if (failure instanceof StreamConstraintsException limit) {
      String message = limit.getOriginalMessage().toLowerCase(java.util.Locale.ROOT);
      String problem =
          message.contains("nesting")
              ? "nesting deeper than " + MAX_DEPTH
              : message.contains("number") ? "number too long" : "value too long";
      return new JsonSyntaxException(problem + " at offset " + offset(parser), offset(parser));
    }
    if (failure instanceof JsonProcessingException processing) {
      String message = processing.getOriginalMessage();
      if (message.startsWith("Duplicate field '")) {
        String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        message = "duplicate member " + quote(name);
      }
      // Jackson adds a hint on a second line; the first line says what is wrong.
      int hint = message.indexOf('\n');
      String problem = hint < 0 ? message : message.substring(0, hint);
      int marker = problem.indexOf(" (start marker at");
      if (marker >= 0) {
        problem = problem.substring(0, marker);
      }
      if (problem.startsWith("Unexpected end-of-input")) {
        problem = "unexpected end of input" + problem.substring("Unexpected end-of-input".length());
      }
      return new JsonSyntaxException(problem + " at offset " + offset(parser), offset(parser));
    }
    return new UncheckedIOException("read JSON", failure);
  }

  private static int offset(JsonParser parser) {
    long offset = parser.currentLocation().getCharOffset();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, offset));
  }

  /** Compact JSON text for a value tree. */
  public static String write(Object value) {
    return write(value, false);
  }

  /** Indented JSON text (two spaces) for a value tree, for people reading it. */
  public static String pretty(Object value) {
    return write(value, true);
  }

  /** Quotes and escapes a string as a JSON string literal. */
  public static String quote(String text) {
    return write(text, false);
  }

  private static String write(Object value, boolean indent) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      if (indent) {
        generator.setPrettyPrinter(PRETTY);
      }
      new Writer(generator).value(value);
    } catch (IOException e) {
      throw new UncheckedIOException("write JSON", e);
    }
    return out.toString();
  }

  private static final class Reader {
    private final JsonParser parser;

    Reader(JsonParser parser) {
      this.parser = parser;
    }

    Object value(JsonToken token) throws IOException {
      return switch (token) {
        case START_OBJECT -> object();
        case START_ARRAY -> array();
        case VALUE_STRING -> checked(parser, parser.getText());
        case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
        case VALUE_NUMBER_FLOAT -> decimal();
        case VALUE_TRUE -> Boolean.TRUE;
        case VALUE_FALSE -> Boolean.FALSE;
        case VALUE_NULL -> null;
        default ->
            throw new JsonSyntaxException(
                "unexpected " + token + " at offset " + offset(parser), offset(parser));
      };
    }

    private Map<String, Object> object() throws IOException {
      Map<String, Object> members = new LinkedHashMap<>();
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_OBJECT;
          token = parser.nextToken()) {
        String name = checked(parser, parser.currentName());
        members.put(name, value(parser.nextToken()));
      }
      return members;
    }

    private List<Object> array() throws IOException {
      List<Object> items = new ArrayList<>();
      for (JsonToken token = parser.nextToken();
          token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        items.add(value(token));
      }
      return items;
    }

    private BigDecimal decimal() throws IOException {
      BigDecimal decimal = new BigDecimal(parser.getText());
      if (Math.abs((long) decimal.scale()) > 1000) {
        throw new JsonSyntaxException(
            "number out of range at offset " + offset(parser), offset(parser));
      }
      return decimal;
    }

    /** A text with an unpaired UTF-16 surrogate is no Unicode text: RFC 8259 section 8.2. */
    static String checked(JsonParser parser, String text) {
      for (int index = 0; index < text.length(); index++) {
        char unit = text.charAt(index);
        if (Character.isHighSurrogate(unit)
            && index + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(index + 1))) {
          index++;
        } else if (Character.isSurrogate(unit)) {
          throw new JsonSyntaxException(
              "lone surrogate in a string at offset " + offset(parser), offset(parser));
        }
      }
      return text;
    }
  }

  private static final class Writer {
    private final JsonGenerator out;

    Writer(JsonGenerator out) {
      this.out = out;
    }

    void value(Object value) throws IOException {
      if (value == null) {
        out.writeNull();
      } else if (value instanceof JsonValue json) {
        value(json.toJson());
      } else if (value instanceof String text) {
        out.writeString(text);
      } else if (value instanceof Boolean flag) {
        out.writeBoolean(flag);
      } else if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
          throw new IllegalArgumentException("not a JSON number: " + number);
        }
        out.writeNumber(
            number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number));
      } else if (value instanceof BigDecimal decimal) {
        out.writeNumber(decimal.toPlainString());
      } else if (value instanceof Number number) {
        out.writeNumber(number.toString());
      } else if (value instanceof Enum<?> constant) {
        out.writeString(constant.name());
      } else if (value instanceof Map<?, ?> map) {
        out.writeStartObject();
        for (Map.Entry<?, ?> member : map.entrySet()) {
          out.writeFieldName(String.valueOf(member.getKey()));
          value(member.getValue());
        }
        out.writeEndObject();
      } else if (value instanceof Collection<?> items) {
        out.writeStartArray();
        for (Object item : items) {
          value(item);
        }
        out.writeEndArray();
      } else {
        throw new IllegalArgumentException("cannot write as JSON: " + value.getClass().getName());
      }
    }
  }

  /** JSON's own escapes, plus U+2028 and U+2029 so the text is also safe inside JavaScript. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final int[] ASCII = standardAsciiEscapesForJSON();
    private static final SerializedString LINE = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializedString getEscapeSequence(int character) {
      return switch (character) {
        case '\u2028' -> LINE;
        case '\u2029' -> PARAGRAPH;
        default -> null;
      };
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
