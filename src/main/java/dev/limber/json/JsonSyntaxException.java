package dev.limber.json;

/** Text that is not one well-formed JSON document; the message names the offset. */
public final class JsonSyntaxException extends RuntimeException {
  private final int offset;

  public JsonSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** Character offset in the text where the fault was found. */
  public int offset() {
    return offset;
  }
}
