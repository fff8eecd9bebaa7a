package dev.limber.web.http;

import dev.limber.json.FieldError;
import dev.limber.json.Json;
import dev.limber.json.JsonSyntaxException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reading JSON request bodies within a size limit, and writing JSON answers, without a JSON mapper:
 * bodies go through {@link Json#parse}, answers through {@link Json#write}.
 */
public final class Bodies {
  /** Every JSON body but an import: answers documents are small. */
  public static final int LIMIT_BYTES = 64 * 1024;

  public static final String JSON = "application/json";
  private static final String KEPT_BODY = "limber.body";

  private Bodies() {}

  /**
   * The parsed JSON body; a body over {@code limitBytes} is 413, a non-JSON content type 415, and
   * bytes that are not UTF-8 JSON 400 naming the document.
   */
  public static Object readJson(Context context, int limitBytes) {
    return readJson(context, limitBytes, false);
  }

  /** As {@link #readJson(Context, int)}; an empty body answers null when {@code emptyAllowed}. */
  public static Object readJson(Context context, int limitBytes, boolean emptyAllowed) {
    requireJsonContentType(context);
    byte[] bytes = readBytes(context, limitBytes);
    if (emptyAllowed && bytes.length == 0) {
      return null;
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw Problem.invalidFields(List.of(new FieldError("(body)", "is not valid UTF-8 text")))
          .exception();
    }
    Object tree;
    try {
      tree = Json.parse(text);
    } catch (JsonSyntaxException e) {
      throw Problem.invalidFields(
              List.of(new FieldError("(body)", "is not well-formed JSON: " + e.getMessage())))
          .exception();
    }
    if (emptyAllowed && tree == null) {
      // A literal null is neither the empty body this route allows nor the object it reads.
      throw Problem.invalidFields(
              List.of(new FieldError("(body)", "must be a JSON object, or no body at all")))
          .exception();
    }
    return tree;
  }

  /**
   * 415 unless the body is declared as exactly {@code application/json} (any case, with at most a
   * {@code charset=utf-8} parameter), or not declared at all.
   */
  public static void requireJsonContentType(Context context) {
    String contentType = context.contentType();
    if (contentType != null && !isJson(contentType)) {
      throw Problem.of(
              415,
              "unsupported-media-type",
              "Unsupported media type",
              "send the body as " + JSON + " (UTF-8)")
          .exception();
    }
  }

  static boolean isJson(String contentType) {
    String[] parts = contentType.split(";", -1);
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals(JSON)) {
      return false;
    }
    for (int index = 1; index < parts.length; index++) {
      String parameter = parts[index].trim().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!parameter.equals("charset=utf-8") && !parameter.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The raw body, at most {@code limitBytes}; reads no further than one byte past the limit. */
  public static byte[] readBytes(Context context, int limitBytes) {
    byte[] kept = context.attribute(KEPT_BODY);
    if (kept != null) {
      return kept;
    }
    long declared = context.req().getContentLengthLong();
    if (declared > limitBytes) {
      throw tooLarge(limitBytes);
    }
    try (InputStream in = context.req().getInputStream()) {
      byte[] bytes = in.readNBytes(limitBytes + 1);
      if (bytes.length > limitBytes) {
        throw tooLarge(limitBytes);
      }
      // A before-handler that read the body (an idempotency check) leaves it for the route.
      context.attribute(KEPT_BODY, bytes);
      return bytes;
    } catch (IOException e) {
      // The client sent less than it declared and went quiet (the idle timeout), or hung up.
      throw truncated();
    }
  }

  /**
   * The body as a stream that answers 413 once more than {@code limitBytes} have come, and 400 when
   * the client stops short of its declared length; for bodies read as they arrive.
   */
  public static InputStream limitedStream(Context context, int limitBytes) {
    long declared = context.req().getContentLengthLong();
    if (declared > limitBytes) {
      throw tooLarge(limitBytes);
    }
    InputStream body;
    try {
      body = context.req().getInputStream();
    } catch (IOException e) {
      throw truncated();
    }
    return new java.io.FilterInputStream(body) {
      private long count;

      @Override
      public int read() throws IOException {
        int next = readChecked(() -> super.read());
        if (next >= 0) {
          counted(1);
        }
        return next;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = readChecked(() -> super.read(buffer, offset, length));
        if (read > 0) {
          counted(read);
        }
        return read;
      }

      private void counted(int bytes) {
        count += bytes;
        if (count > limitBytes) {
          throw tooLarge(limitBytes);
        }
      }
    };
  }

  private interface Read {
    int run() throws IOException;
  }

  private static int readChecked(Read read) {
    try {
      return read.run();
    } catch (IOException e) {
      throw truncated();
    }
  }

  private static ProblemException truncated() {
    return Problem.invalidFields(
            List.of(new FieldError("(body)", "ended before the length the request declared")))
        .exception();
  }

  private static ProblemException tooLarge(int limitBytes) {
    return Problem.of(
            413,
            "body-too-large",
            "Request body too large",
            "the body may be at most " + limitBytes + " bytes")
        .exception();
  }

  public static void answer(Context context, int status, Object value) {
    context.status(status).contentType(JSON).result(Json.write(value));
  }

  public static void answer(Context context, Object value) {
    answer(context, 200, value);
  }

  public static void problem(Context context, Problem problem) {
    context.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.write(problem));
  }
}
