package dev.limber.render.svg;

/** Writing numbers and text into SVG: one decimal, rounded the same way on both sides of zero. */
final class SvgText {
  private SvgText() {}

  static void number(StringBuilder out, double value) {
    long tenths = Math.round(Math.abs(value) * 10);
    if (tenths != 0 && value < 0) {
      out.append('-');
    }
    out.append(tenths / 10);
    if (tenths % 10 != 0) {
      out.append('.').append(tenths % 10);
    }
  }

  static String number(double value) {
    StringBuilder out = new StringBuilder(8);
    number(out, value);
    return out.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int index = 0; index < text.length(); index++) {
      char character = text.charAt(index);
      switch (character) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(character);
      }
    }
    return out.toString();
  }
}
