package dev.limber.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Predicate;

/**
 * Reads one JSON object from UTF-8 bytes member by member, handing over the items of chosen array
 * members one at a time, so a document far larger than any of its items never sits in memory as one
 * tree. As strict as {@link Json#parse}. Not thread-safe.
 */
public final class JsonStream {
  /** What a reader is told as the object goes by. */
  public interface Visitor {
    /** A member read whole (not one of the streamed arrays). */
    void member(String name, Object value);

    /** A streamed array member begins; its items follow. */
    void arrayStarts(String name);

    /** One item of a streamed array member, with its index. */
    void item(String arrayName, int index, Object item);

    /** A streamed member whose value is not an array, read whole. */
    void notAnArray(String name, Object value);
  }

  private JsonStream() {}

  /**
   * Reads the top-level object of {@code utf8}; members named by {@code streamed} that are arrays
   * are visited item by item. Throws {@link JsonSyntaxException} for malformed text and when the
   * document is not an object (the visitor has then seen what came before the fault).
   */
  public static void readObject(InputStream utf8, Predicate<String> streamed, Visitor visitor) {
    try (JsonParser parser = Json.parser(utf8)) {
      JsonToken first = Json.next(parser);
      if (first != JsonToken.START_OBJECT) {
        throw new JsonSyntaxException("the document must be a JSON object at offset 0", 0);
      }
      for (JsonToken token = Json.next(parser);
          token != JsonToken.END_OBJECT;
          token = Json.next(parser)) {
        String name = Json.memberName(parser);
        JsonToken value = Json.next(parser);
        if (!streamed.test(name)) {
          visitor.member(name, Json.value(parser));
        } else if (value != JsonToken.START_ARRAY) {
          visitor.notAnArray(name, Json.value(parser));
        } else {
          visitor.arrayStarts(name);
          int index = 0;
          for (JsonToken item = Json.next(parser);
              item != JsonToken.END_ARRAY;
              item = Json.next(parser)) {
            visitor.item(name, index++, Json.value(parser));
          }
        }
      }
      if (Json.next(parser) != null) {
        throw new JsonSyntaxException("unexpected text after the document", 0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("read JSON", e);
    }
  }
}
