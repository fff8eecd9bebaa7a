package dev.limber.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The OpenAPI 3.1 document of the API, kept by hand beside the routes and checked against them. */
final class OpenApi {
  static final String RESOURCE = "/dev/limber/web/openapi.json";
  private static volatile String document;

  private OpenApi() {}

  static String document() {
    String loaded = document;
    if (loaded == null) {
      try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        loaded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("read " + RESOURCE, e);
      }
      document = loaded;
    }
    return loaded;
  }
}
