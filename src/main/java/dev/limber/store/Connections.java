package dev.limber.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where a {@link Database} gets its connections: a pool, or one connection kept open. */
interface Connections extends AutoCloseable {
  /** Runs {@code work} on a connection and gives the connection back. */
  default <T> T use(String what, Database.Work<T> work) {
    try (Connection connection = dataSource().getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  DataSource dataSource();

  @Override
  void close();
}
