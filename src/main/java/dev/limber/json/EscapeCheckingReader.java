package dev.limber.json;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes JSON text through unchanged, refusing a {@code \\u} escape whose four digits are not ASCII
 * hex: jackson-core reads only the low byte of each digit, so {@code \\u0F30} would pass as {@code
 * 0}. Not thread-safe.
 */
final class EscapeCheckingReader extends FilterReader {
  private long offset;
  private boolean afterBackslash;
  private int hexDigitsLeft;

  EscapeCheckingReader(Reader in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int character = in.read();
    if (character >= 0) {
      check((char) character);
    }
    return character;
  }

  @Override
  public int read(char[] buffer, int start, int length) throws IOException {
    int count = in.read(buffer, start, length);
    for (int index = start; index < start + count; index++) {
      check(buffer[index]);
    }
    return count;
  }

  private void check(char character) {
    if (hexDigitsLeft > 0) {
      boolean hex =
          (character >= '0' && character <= '9')
              || (character >= 'a' && character <= 'f')
              || (character >= 'A' && character <= 'F');
      if (!hex) {
        throw new JsonSyntaxException(
            "bad unicode escape: digits must be 0-9 or a-f at offset " + offset, (int) offset);
      }
      hexDigitsLeft--;
    } else if (afterBackslash) {
      afterBackslash = false;
      if (character == 'u') {
        hexDigitsLeft = 4;
      }
    } else if (character == '\\') {
      afterBackslash = true;
    }
    offset++;
  }
}
