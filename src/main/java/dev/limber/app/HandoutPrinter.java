package dev.limber.app;

/** Turns a handout's content into a printable document (the port a PDF renderer implements). */
public interface HandoutPrinter {
  /** The document's bytes; the same handout always gives an equivalent document. */
  byte[] print(Handout handout);
}
