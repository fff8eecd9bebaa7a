package dev.limber.web;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** A migrated H2 file database in a test's temporary directory. */
final class TestDatabase implements AutoCloseable {
  private final HikariDataSource pool;

  TestDatabase(Path directory) {
    pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:h2:file:" + directory.resolve("limber"));
    pool.setUsername("sa");
    Flyway.configure().dataSource(pool).load().migrate();
  }

  DataSource dataSource() {
    return pool;
  }

  @Override
  public void close() {
    pool.close();
  }
}
