package dev.limber.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with columns padded to their widest cell. */
final class Table {
  private final String[] headers;
  private final List<String[]> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = headers;
  }

  void row(String... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException("expected " + headers.length + " cells: " + cells.length);
    }
    rows.add(cells);
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.length];
    for (int column = 0; column < headers.length; column++) {
      widths[column] = headers[column].length();
      for (String[] row : rows) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    line(out, headers, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
  }

  private static void line(PrintStream out, String[] cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int column = 0; column < cells.length; column++) {
      text.append(cells[column]);
      if (column < cells.length - 1) {
        text.append(" ".repeat(widths[column] - cells[column].length() + 2));
      }
    }
    out.println(text.toString().stripTrailing());
  }
}
