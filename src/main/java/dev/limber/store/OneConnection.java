package dev.limber.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One plain JDBC connection kept open until closed, for a command that runs once: starting a pool
 * costs more than the whole command. Calls are serialised, so it is safe from several threads.
 */
final class OneConnection implements Connections {
  private final Connection connection;
  private DataSource dataSource;

  OneConnection(Connection connection) {
    this.connection = connection;
  }

  @Override
  public synchronized <T> T use(String what, Database.Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException(what + ": " + e.getMessage(), e);
    }
  }

  /** A data source whose connections are this one; closing them leaves it open. */
  @Override
  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      // Built on first use only (Flyway, when the schema is behind): a proxy class costs start-up.
      Connection unclosable =
          (Connection)
              Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                      return null;
                    }
                    try {
                      return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      dataSource = new Source(unclosable);
    }
    return dataSource;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("close the database connection: " + e.getMessage(), e);
    }
  }

  /** A data source that always hands out the same connection. */
  private record Source(Connection connection) implements DataSource {
    @Override
    public Connection getConnection() {
      return connection;
    }

    @Override
    public Connection getConnection(String user, String password) {
      return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
