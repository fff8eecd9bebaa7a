package dev.limber.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** A HikariCP pool: many connections for a long-running server. */
final class PooledConnections implements Connections {
  private final HikariDataSource pool;

  private PooledConnections(HikariDataSource pool) {
    this.pool = pool;
  }

  static PooledConnections start(String url, String user, String password, boolean embedded) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setPoolName("limber");
    config.setMaximumPoolSize(embedded ? 4 : 10);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    return new PooledConnections(new HikariDataSource(config));
  }

  @Override
  public DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
