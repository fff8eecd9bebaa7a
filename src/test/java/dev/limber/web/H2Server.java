package dev.limber.web;

import dev.limber.store.Database;
import dev.limber.store.TestDatabases;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh server on a fresh H2 database for every test: {@code @RegisterExtension}. */
final class H2Server implements BeforeEachCallback, AfterEachCallback {
  private Database database;
  ServerFixture fixture;
  Http http;

  @Override
  public void beforeEach(ExtensionContext context) {
    database = TestDatabases.h2();
    fixture = ServerFixture.start(database);
    http = fixture.http;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    fixture.close();
    database.close();
  }
}
