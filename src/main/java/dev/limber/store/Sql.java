package dev.limber.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The store's one way to run a statement: its text, its parameters bound by their Java type, and
 * each row read by a {@link Row} mapper. SQLExceptions pass through to the {@link Database} work
 * that runs it, which wraps them once with what was being done.
 */
final class Sql {
  /** Rows sent to the database at a time, so a large batch never holds all its rows twice. */
  static final int BATCH = 1000;

  private Sql() {}

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** A SQL NULL of {@code sqlType} (a {@link java.sql.Types} constant), where a value may be. */
  record Null(int sqlType) {}

  /** {@code value}, or a NULL of {@code sqlType} when it is null. */
  static Object nullable(Object value, int sqlType) {
    return value == null ? new Null(sqlType) : value;
  }

  /** Every row, in the order the statement returns them. */
  static <T> List<T> list(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> values = new ArrayList<>();
      while (rows.next()) {
        values.add(row.read(rows));
      }
      return values;
    }
  }

  /** The first row, or empty when there is none. */
  static <T> Optional<T> optional(
      Connection connection, String sql, Row<T> row, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(row.read(rows)) : Optional.empty();
    }
  }

  /** The first row of a statement that always returns one, such as a COUNT. */
  static <T> T one(Connection connection, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    return optional(connection, sql, row, parameters)
        .orElseThrow(() -> new SQLException("no row from: " + sql));
  }

  /** Whether the statement returns any row. */
  static boolean exists(Connection connection, String sql, Object... parameters)
      throws SQLException {
    return optional(connection, sql, row -> true, parameters).isPresent();
  }

  /** Runs an INSERT, UPDATE or DELETE; the number of rows it changed. */
  static int update(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  /** Runs the statement once per item, {@link #BATCH} items to a round trip. */
  static <E> void batch(
      Connection connection, String sql, List<E> items, Function<E, List<Object>> parameters)
      throws SQLException {
    if (items.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int batched = 0;
      for (E item : items) {
        bind(statement, parameters.apply(item).toArray());
        statement.addBatch();
        if (++batched % BATCH == 0) {
          statement.executeBatch();
        }
      }
      statement.executeBatch();
    }
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, parameters);
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int index = 1; index <= parameters.length; index++) {
      Object value = parameters[index - 1];
      if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Integer number) {
        statement.setInt(index, number);
      } else if (value instanceof Boolean flag) {
        statement.setBoolean(index, flag);
      } else if (value instanceof Instant instant) {
        statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
      } else if (value instanceof LocalDate date) {
        statement.setObject(index, date);
      } else if (value instanceof Null nothing) {
        statement.setNull(index, nothing.sqlType());
      } else {
        throw new IllegalArgumentException(
            "parameter "
                + index
                + " must be a String, Integer, Boolean, Instant, LocalDate or Sql.nullable(...),"
                + " found "
                + (value == null ? "null" : value.getClass().getName()));
      }
    }
  }
}
