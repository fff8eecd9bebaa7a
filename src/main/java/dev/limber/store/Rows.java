package dev.limber.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the store's column types back from a row: instants, optional values and word lists. */
final class Rows {
  private Rows() {}

  /** A TIMESTAMP WITH TIME ZONE column as an instant. */
  static Instant instant(ResultSet row, int column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** A TIMESTAMP WITH TIME ZONE column as an instant. */
  static Instant instant(ResultSet row, String column) throws SQLException {
    return row.getObject(column, OffsetDateTime.class).toInstant();
  }

  /** A nullable TIMESTAMP WITH TIME ZONE column; empty for NULL. */
  static Optional<Instant> optionalInstant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }

  /** The words of a space-separated column; none for an empty text. */
  static List<String> words(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
  }

  /** A nullable TIMESTAMP WITH TIME ZONE column; empty for NULL. */
  static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
    return optionalInstant(row, row.findColumn(column));
  }

  /** Enum constants kept as space-separated names (equipment, days); an empty text holds none. */
  static <E extends Enum<E>> Set<E> names(Class<E> type, String text) {
    Set<E> values = EnumSet.noneOf(type);
    for (String name : text.split(" ")) {
      if (!name.isEmpty()) {
        values.add(Enum.valueOf(type, name));
      }
    }
    return values;
  }

  /** Enum constants as the space-separated names {@link #names} reads, in sorted name order. */
  static String names(Set<? extends Enum<?>> values) {
    return String.join(" ", values.stream().map(Enum::name).sorted().toList());
  }
}
