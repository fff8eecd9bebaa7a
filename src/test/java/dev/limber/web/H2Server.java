package dev.limber.web;

import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import dev.limber.web.http.WebOptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server on one H2 database for a whole test class ({@code @RegisterExtension static}), emptied
 * before every test so each starts from no accounts and no data.
 */
public final class H2Server implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private static final List<String> TABLES =
      List.of(
          "journal_check_in",
          "journal_session",
          "journal_screening",
          "journal_review",
          "journal_routine_choice",
          "playable_sessions",
          "journal_reminder_calendar",
          "idempotent_answers",
          "login_sessions",
          "api_tokens",
          "accounts",
          "throttle_attempts",
          "clinician",
          "program_version",
          "program_join_code",
          "program_link",
          "program_alert_ack",
          "program_access_log",
          "program_play");

  private final WebOptions options;
  private final Clock clock;
  private Database database;
  public ServerFixture fixture;
  public Http http;

  public H2Server() {
    this(WebOptions.defaults());
  }

  public H2Server(WebOptions options) {
    this(options, Clock.systemUTC());
  }

  /** A server whose application services and routes read {@code clock} (a test moves it). */
  public H2Server(Clock clock) {
    this(WebOptions.defaults(), clock);
  }

  private H2Server(WebOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    database = TestDatabases.h2();
    fixture = ServerFixture.start(database, options, new CheapHasher(), clock);
    http = fixture.http;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    try (Connection connection = database.connection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("DELETE FROM " + table);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    fixture.close();
    database.close();
  }

  /** The address of {@code path} on this server, for a browser. */
  public String url(String path) {
    return "http://127.0.0.1:" + fixture.server.port() + path;
  }

  public Database database() {
    return database;
  }
}
