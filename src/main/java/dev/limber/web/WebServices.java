package dev.limber.web;

import dev.limber.catalog.Catalog;
import java.util.function.Supplier;

/**
 * What the web server serves, wired by {@code Main}: the core services and the stores behind the
 * account and journal routes.
 */
public record WebServices(Supplier<Catalog> catalog, int importLimitBytes) {
  public WebServices {
    if (catalog == null) {
      throw new IllegalArgumentException("catalog is required");
    }
    if (importLimitBytes < WebServer.BODY_LIMIT_BYTES) {
      throw new IllegalArgumentException(
          "importLimitBytes < " + WebServer.BODY_LIMIT_BYTES + ": " + importLimitBytes);
    }
  }
}
